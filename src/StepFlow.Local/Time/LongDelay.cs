using System;
using System.Threading;
using System.Threading.Tasks;

namespace StepFlow.Local.Time;

/// <summary>
/// Delays and timers of any length on a <see cref="TimeProvider"/>. Task.Delay and timers refuse anything past about
/// 49.7 days, but a Standard workflow may wait, retry or time out over a whole year. Up to <see cref="MaxStep"/>
/// they are exactly Task.Delay and CreateTimer; longer ones are chained steps.
/// </summary>
internal static class LongDelay
{
    /// <summary>The longest single step, well inside what Task.Delay and timers accept.</summary>
    internal static readonly TimeSpan MaxStep = TimeSpan.FromDays(30);

    public static Task DelayAsync(TimeProvider clock, TimeSpan delay, CancellationToken cancellation)
        => delay <= MaxStep ? Task.Delay(delay, clock, cancellation) : DelayInStepsAsync(clock, delay, cancellation);

    /// <summary>A one-shot timer that calls <paramref name="callback"/> once <paramref name="dueTime"/> has passed.</summary>
    public static ITimer CreateTimer(TimeProvider clock, TimeSpan dueTime, Action callback)
        => dueTime <= MaxStep ? clock.CreateTimer(_ => callback(), null, dueTime, Timeout.InfiniteTimeSpan) : new SteppedTimer(clock, dueTime, callback);

    private static async Task DelayInStepsAsync(TimeProvider clock, TimeSpan delay, CancellationToken cancellation)
    {
        // Each step resumes on the caller's context: on a virtual clock that is the execution loop, which must see
        // the next step registered before it decides the execution is idle and moves time on.
        for (; delay > MaxStep; delay -= MaxStep)
        {
            await Task.Delay(MaxStep, clock, cancellation).ConfigureAwait(true);
        }

        await Task.Delay(delay, clock, cancellation).ConfigureAwait(true);
    }

    /// <summary>Re-arms itself from its own callback, so the final step fires at the due instant, on the clock's thread.</summary>
    private sealed class SteppedTimer : ITimer
    {
        private readonly Action _callback;
        private readonly ITimer _timer;
        private TimeSpan _remaining;

        public SteppedTimer(TimeProvider clock, TimeSpan dueTime, Action callback)
        {
            _callback = callback;
            _remaining = dueTime - MaxStep;
            _timer = clock.CreateTimer(_ => Step(), null, MaxStep, Timeout.InfiniteTimeSpan);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => throw new NotSupportedException("A stepped timer fires once, at the time it was created with.");

        public void Dispose() => _timer.Dispose();

        public ValueTask DisposeAsync() => _timer.DisposeAsync();

        private void Step()
        {
            if (_remaining <= TimeSpan.Zero)
            {
                _callback();
                return;
            }

            var next = _remaining < MaxStep ? _remaining : MaxStep;
            _remaining -= next;
            _timer.Change(next, Timeout.InfiniteTimeSpan);
        }
    }
}
