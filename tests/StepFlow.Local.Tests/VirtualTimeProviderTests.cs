using System;
using System.Threading;
using StepFlow.Local.Time;
using Xunit;

namespace StepFlow.Local.Tests;

/// <summary>The virtual clock's own contract: timers fire in due order as it is advanced, and it says which is next.</summary>
public sealed class VirtualTimeProviderTests
{
    [Fact]
    public void The_next_due_time_counts_only_live_timers()
    {
        var clock = new VirtualTimeProvider(TestEngine.Start);
        Assert.Null(clock.NextTimerDue);

        using var late = clock.CreateTimer(_ => { }, null, TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);
        var early = clock.CreateTimer(_ => { }, null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);
        Assert.Equal(TestEngine.Start.AddSeconds(10), clock.NextTimerDue);

        // Re-scheduled: the old queue entry stays behind as an orphan and must not count.
        early.Change(TimeSpan.FromSeconds(20), Timeout.InfiniteTimeSpan);
        Assert.Equal(TestEngine.Start.AddSeconds(20), clock.NextTimerDue);

        early.Dispose();
        Assert.Equal(TestEngine.Start.AddSeconds(30), clock.NextTimerDue);
    }

    [Fact]
    public void Advancing_fires_what_falls_due_in_order_and_leaves_the_rest_pending()
    {
        var clock = new VirtualTimeProvider(TestEngine.Start);
        var fired = new System.Collections.Generic.List<int>();
        using var second = clock.CreateTimer(_ => fired.Add(2), null, TimeSpan.FromSeconds(8), Timeout.InfiniteTimeSpan);
        using var first = clock.CreateTimer(_ => fired.Add(1), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        using var third = clock.CreateTimer(_ => fired.Add(3), null, TimeSpan.FromSeconds(12), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(new[] { 1, 2 }, fired);
        Assert.Equal(TestEngine.Start.AddSeconds(10), clock.GetUtcNow());
        Assert.Equal(TestEngine.Start.AddSeconds(12), clock.NextTimerDue);
    }
}
