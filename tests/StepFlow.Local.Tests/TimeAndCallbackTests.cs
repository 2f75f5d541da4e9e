using System;
using System.Diagnostics;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Local.Api;
using StepFlow.Local.History;
using StepFlow.Local.Time;
using Xunit;

namespace StepFlow.Local.Tests;

public sealed class TimeAndCallbackTests
{
    private const string CallbackTask =
        """{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken","Parameters":{"token.$":"$$.Task.Token"},"HeartbeatSeconds":10,"TimeoutSeconds":100,"End":true}}}""";

    [Fact]
    public async Task AWeekOfWaitingAndAnHourOfRetriesFinishInMilliseconds()
    {
        var watch = Stopwatch.StartNew();
        var run = await TestEngine.RunAsync(
            """
            {"StartAt":"W","States":{
              "W":{"Type":"Wait","Seconds":604800,"Next":"T"},
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Retry":[{"ErrorEquals":["States.ALL"],"IntervalSeconds":600,"BackoffRate":1,"MaxAttempts":6}],"End":true}}}
            """,
            configure: o => o.TaskHandlers.ForState("T", i => i.RetryCount < 6 ? throw new InvalidOperationException() : new(JsonValue.Create(true))));

        run.AssertSucceeded("true");
        Assert.Equal(TestEngine.Start.AddDays(7).AddHours(1), run.Result.StopDate);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "took " + watch.Elapsed);
    }

    [Fact]
    public async Task WaitsLongerThanATimerAcceptsRunOnTheVirtualClock()
    {
        // 200 days, then a timestamp a further 100 days on: single timers stop at about 49.7 days.
        var run = await TestEngine.RunAsync(
            """
            {"StartAt":"W","TimeoutSeconds":31536000,"States":{
              "W":{"Type":"Wait","Seconds":17280000,"Next":"T"},
              "T":{"Type":"Wait","Timestamp":"2025-10-28T00:00:00Z","End":true}}}
            """);

        run.AssertSucceeded("{}");
        Assert.Equal(new DateTimeOffset(2025, 10, 28, 0, 0, 0, TimeSpan.Zero), run.Result.StopDate);
    }

    [Fact]
    public async Task AnExecutionTimeoutLongerThanATimerAcceptsStillFires()
    {
        var run = await TestEngine.RunAsync(
            """{"StartAt":"W","TimeoutSeconds":8640000,"States":{"W":{"Type":"Wait","Seconds":17280000,"End":true}}}""");

        Assert.Equal("TIMED_OUT", run.Result.Status);
        Assert.Equal(TestEngine.Start.AddDays(100), run.Result.StopDate);
    }

    [Fact]
    public async Task TimestampWaitsUntilTheInstantAndPastTimestampsProceed()
    {
        var run = await TestEngine.RunAsync(
            """{"StartAt":"A","States":{"A":{"Type":"Wait","TimestampPath":"$.until","Next":"B"},"B":{"Type":"Wait","Timestamp":"2000-01-01T00:00:00Z","End":true}}}""",
            """{"until":"2025-01-02T00:00:00.123456789Z"}""");

        run.AssertSucceeded("""{"until":"2025-01-02T00:00:00.123456789Z"}""");
        // Nanoseconds are accepted; waits themselves run at millisecond precision.
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 0, 0, 0, 123, TimeSpan.Zero), run.Result.StopDate);
    }

    [Theory]
    [InlineData("""{"s":-1}""", "negative value")]
    [InlineData("""{"s":1.5}""", "cannot be parsed as a long value")]
    [InlineData("""{}""", "does not reference an input value")]
    public async Task BadSecondsPathValuesAreRuntimeErrors(string input, string message)
    {
        var run = await TestEngine.RunAsync(TestEngine.Single("""{"Type":"Wait","SecondsPath":"$.s","End":true}"""), input);

        run.AssertFailed("States.Runtime");
        Assert.Contains(message, run.Result.Cause);
    }

    [Fact]
    public async Task ExecutionTimeoutEndsTheExecutionAsTimedOut()
    {
        var run = await TestEngine.RunAsync("""{"TimeoutSeconds":60,"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":120,"End":true}}}""");

        Assert.Equal(ExecutionStatus.TimedOut, run.Result.Status);
        Assert.Equal(HistoryEventTypes.ExecutionTimedOut, run.Events.Last().Type);
        Assert.Equal(TestEngine.Start.AddSeconds(60), run.Result.StopDate);
    }

    [Fact]
    public async Task TaskTimeoutFiresWhenTheClockPassesIt()
    {
        var clock = new VirtualTimeProvider(TestEngine.Start);
        var (engine, arn) = await TestEngine.StartAsync(
            """{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","TimeoutSeconds":5,"End":true}}}""",
            configure: o =>
            {
                o.TimeProvider = clock;
                o.TaskHandlers.ForState("T", async i =>
                {
                    await Task.Delay(Timeout.Infinite, i.CancellationToken);
                    return null;
                });
            });

        await TestEngine.TimerArmedAsync(clock, TestEngine.Start.AddSeconds(5));
        clock.Advance(TimeSpan.FromSeconds(4));
        await Task.Delay(100);
        Assert.Equal(ExecutionStatus.Running, (await engine.DescribeExecutionAsync(new(arn))).Status);
        clock.Advance(TimeSpan.FromSeconds(1));
        var result = await engine.WaitForExecutionAsync(arn).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("States.Timeout", result.Error);
        var history = await engine.GetExecutionHistoryAsync(new(arn));
        Assert.Contains(history.Events, e => e.Type == HistoryEventTypes.TaskTimedOut);
    }

    [Fact]
    public async Task CallbackCompletesThroughSendTaskSuccess()
    {
        string? token = null;
        var (engine, arn) = await TestEngine.StartAsync(CallbackTask, configure: o => o.TaskHandlers.ForState("T", i =>
        {
            token = i.Input!["token"]!.GetValue<string>();
            Assert.Equal(token, i.TaskToken);
            return new(new JsonObject { ["MessageId"] = "m-1" });
        }));

        Assert.Equal(ExecutionStatus.Running, (await engine.DescribeExecutionAsync(new(arn))).Status);
        await engine.SendTaskSuccessAsync(new SendTaskSuccessRequest(token!, """{"done":true}"""));
        var result = await engine.WaitForExecutionAsync(arn).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("""{"done":true}""", result.Output);
        var types = (await engine.GetExecutionHistoryAsync(new(arn))).Events.Select(e => e.Type);
        Assert.Equal(new[] { "ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded" }, types);
        var gone = await Assert.ThrowsAsync<StepFunctionsException>(() => engine.SendTaskSuccessAsync(new SendTaskSuccessRequest(token!, "{}")));
        Assert.Equal("TaskDoesNotExist", gone.ErrorCode);
    }

    [Fact]
    public async Task CallbackFailureCarriesTheGivenErrorAndCause()
    {
        string? token = null;
        var (engine, arn) = await TestEngine.StartAsync(CallbackTask, configure: o => o.TaskHandlers.ForState("T", i =>
        {
            token = i.TaskToken;
            return new((JsonNode?)null);
        }));

        await engine.SendTaskFailureAsync(new SendTaskFailureRequest(token!, "Worker.Failed", "it broke"));
        var result = await engine.WaitForExecutionAsync(arn).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("Worker.Failed", result.Error);
        Assert.Equal("it broke", result.Cause);
    }

    [Fact]
    public async Task HeartbeatsKeepACallbackAliveUntilTheyStop()
    {
        var clock = new VirtualTimeProvider(TestEngine.Start);
        string? token = null;
        var (engine, arn) = await TestEngine.StartAsync(CallbackTask, configure: o =>
        {
            o.TimeProvider = clock;
            o.TaskHandlers.ForState("T", i =>
            {
                token = i.TaskToken;
                return new((JsonNode?)null);
            });
        });

        await TestEngine.TimerArmedAsync(clock, TestEngine.Start.AddSeconds(10));
        clock.Advance(TimeSpan.FromSeconds(8));
        await engine.SendTaskHeartbeatAsync(new SendTaskHeartbeatRequest(token!));
        await TestEngine.TimerArmedAsync(clock, TestEngine.Start.AddSeconds(18));
        clock.Advance(TimeSpan.FromSeconds(8));
        await Task.Delay(100);
        Assert.Equal(ExecutionStatus.Running, (await engine.DescribeExecutionAsync(new(arn))).Status);
        clock.Advance(TimeSpan.FromSeconds(3));
        var result = await engine.WaitForExecutionAsync(arn).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("States.Timeout", result.Error);
        // The heartbeat deadline (8 + 10 s) fired during the last Advance, which ends at 19 s.
        Assert.InRange(result.StopDate!.Value, TestEngine.Start.AddSeconds(18), TestEngine.Start.AddSeconds(19));
    }

    [Fact]
    public async Task StopExecutionAbortsAWaitingExecution()
    {
        var (engine, arn) = await TestEngine.StartAsync(CallbackTask, configure: o => o.TaskHandlers.ForState("T", _ => new((JsonNode?)null)));

        await engine.StopExecutionAsync(new StopExecutionRequest(arn, "Stopped", "by test"));
        var result = await engine.WaitForExecutionAsync(arn).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(ExecutionStatus.Aborted, result.Status);
        var last = (await engine.GetExecutionHistoryAsync(new(arn, ReverseOrder: true))).Events[0];
        Assert.Equal(HistoryEventTypes.ExecutionAborted, last.Type);
        Assert.Equal(0, last.PreviousEventId);
        Assert.Equal("by test", last.Details!.Cause);
    }

    [Fact]
    public void VirtualClockFiresTimersInDueOrder()
    {
        var clock = new VirtualTimeProvider(TestEngine.Start);
        var fired = new System.Collections.Generic.List<int>();
        using var late = clock.CreateTimer(_ => fired.Add(2), null, TimeSpan.FromSeconds(20), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => fired.Add(1), null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);
        using var cancelled = clock.CreateTimer(_ => fired.Add(3), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        cancelled.Dispose();

        clock.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(new[] { 1 }, fired);
        Assert.True(clock.TryAdvanceToNextTimer());
        Assert.Equal(new[] { 1, 2 }, fired);
        Assert.Equal(TestEngine.Start.AddSeconds(20), clock.GetUtcNow());
        Assert.False(clock.TryAdvanceToNextTimer());
    }
}
