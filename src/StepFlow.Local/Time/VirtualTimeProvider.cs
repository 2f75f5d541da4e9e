using System;
using System.Collections.Generic;
using System.Threading;

namespace StepFlow.Local.Time;

/// <summary>
/// A clock that only moves when told to. The engine advances it to the next due timer whenever an execution has
/// nothing else to do, so a workflow that waits a week or retries for an hour finishes in milliseconds.
/// Tests may also call <see cref="Advance"/> themselves (for example to make a callback task time out).
/// </summary>
public sealed class VirtualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly PriorityQueue<VirtualTimer, (DateTimeOffset Due, long Sequence)> _timers = new();
    private DateTimeOffset _now;
    private long _sequence;

    /// <summary>Starts the clock at <paramref name="start"/> (default: 2025-01-01T00:00:00Z, so runs repeat exactly).</summary>
    public VirtualTimeProvider(DateTimeOffset? start = null)
    {
        _now = start ?? new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <inheritdoc/>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc/>
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>How many timers are waiting to fire.</summary>
    public int PendingTimerCount
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count;
            }
        }
    }

    /// <summary>
    /// When the earliest pending timer falls due, or null when none is. The engine arms its timers on its own threads
    /// (a task's timeout when the handler starts, the next heartbeat deadline after each heartbeat), so a test that
    /// moves the clock first waits until the timer it means to pass is there; otherwise the timer is armed later, from
    /// a later "now".
    /// </summary>
    public DateTimeOffset? NextTimerDue
    {
        get
        {
            lock (_gate)
            {
                DateTimeOffset? earliest = null;
                foreach (var (timer, key) in _timers.UnorderedItems)
                {
                    // Entries whose timer was re-scheduled or disposed since are orphans, left for TryFireNext to drop.
                    if (timer.Sequence == key.Sequence && (earliest is null || key.Due < earliest))
                    {
                        earliest = key.Due;
                    }
                }

                return earliest;
            }
        }
    }

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward by <paramref name="delta"/>, firing every timer that falls due, in order.</summary>
    public void Advance(TimeSpan delta)
    {
        if (delta < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delta), "Time cannot move backwards.");
        }

        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + delta;
        }

        while (TryFireNext(target))
        {
        }

        lock (_gate)
        {
            if (_now < target)
            {
                _now = target;
            }
        }
    }

    /// <summary>Jumps to the earliest pending timer and fires it; false when no timer is pending.</summary>
    public bool TryAdvanceToNextTimer() => TryFireNext(DateTimeOffset.MaxValue);

    private bool TryFireNext(DateTimeOffset limit)
    {
        VirtualTimer timer;
        lock (_gate)
        {
            while (true)
            {
                if (!_timers.TryPeek(out timer!, out var key) || key.Due > limit)
                {
                    return false;
                }

                _timers.Dequeue();
                if (timer.Sequence == key.Sequence)
                {
                    if (key.Due > _now)
                    {
                        _now = key.Due;
                    }

                    timer.Sequence = -1;
                    if (timer.Period > TimeSpan.Zero)
                    {
                        Schedule(timer, _now + timer.Period, timer.Period);
                    }

                    break;
                }
            }
        }

        timer.Fire();
        return true;
    }

    private void Schedule(VirtualTimer timer, DateTimeOffset due, TimeSpan period)
    {
        timer.Sequence = ++_sequence;
        timer.Period = period;
        _timers.Enqueue(timer, (due, timer.Sequence));
    }

    private sealed class VirtualTimer(VirtualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        // Sequence identifies the live queue entry; re-scheduling or disposing orphans older entries.
        public long Sequence { get; set; } = -1;

        public TimeSpan Period { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                Sequence = -1;
                if (dueTime != Timeout.InfiniteTimeSpan)
                {
                    owner.Schedule(this, owner._now + (dueTime < TimeSpan.Zero ? TimeSpan.Zero : dueTime), period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period);
                }
            }

            return true;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner._gate)
            {
                Sequence = -1;
            }
        }

        public System.Threading.Tasks.ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
