using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace StepFlow.Local.Time;

/// <summary>
/// Runs one execution's interpreter code on a single logical thread. Every await inside the interpreter resumes
/// here, so the loop knows when the execution is idle: then, on a virtual clock, it advances time to the next timer
/// unless a task handler or callback (work outside the engine's control) is still pending.
/// </summary>
internal sealed class ExecutionLoop : SynchronizationContext
{
    private readonly object _gate = new();
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _queue = new();
    private readonly VirtualTimeProvider? _virtualClock;
    private int _externalWaits;

    public ExecutionLoop(TimeProvider clock)
    {
        _virtualClock = clock as VirtualTimeProvider;
    }

    /// <summary>Marks the start of work the engine does not drive (a handler call, a callback wait).</summary>
    public void EnterExternalWait() => Interlocked.Increment(ref _externalWaits);

    /// <summary>Marks the end of such work.</summary>
    public void ExitExternalWait()
    {
        Interlocked.Decrement(ref _externalWaits);
        Wake();
    }

    /// <inheritdoc/>
    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (_gate)
        {
            _queue.Enqueue((d, state));
            Monitor.Pulse(_gate);
        }
    }

    /// <inheritdoc/>
    public override void Send(SendOrPostCallback d, object? state) => d(state);

    /// <inheritdoc/>
    public override SynchronizationContext CreateCopy() => this;

    /// <summary>
    /// Starts <paramref name="body"/> on the calling thread; if it does not finish synchronously, a dedicated thread
    /// keeps pumping its continuations. Returns the body's task.
    /// </summary>
    public Task Start(Func<Task> body)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        Task task;
        try
        {
            task = body();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }

        if (!task.IsCompleted)
        {
            var thread = new Thread(() => Pump(task)) { IsBackground = true, Name = "StepFlow execution loop" };
            thread.Start();
        }

        return task;
    }

    private void Wake()
    {
        lock (_gate)
        {
            Monitor.Pulse(_gate);
        }
    }

    private void Pump(Task task)
    {
        SetSynchronizationContext(this);
        task.ContinueWith(_ => Wake(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        while (true)
        {
            (SendOrPostCallback Callback, object? State) item;
            lock (_gate)
            {
                if (_queue.Count == 0)
                {
                    if (task.IsCompleted)
                    {
                        return;
                    }

                    if (_virtualClock is null || Volatile.Read(ref _externalWaits) > 0 || _virtualClock.PendingTimerCount == 0)
                    {
                        Monitor.Wait(_gate);
                        continue;
                    }

                    item = default;
                }
                else
                {
                    item = _queue.Dequeue();
                }
            }

            if (item.Callback is null)
            {
                // Idle with only timers pending: time may move on.
                _virtualClock!.TryAdvanceToNextTimer();
                continue;
            }

            item.Callback(item.State);
        }
    }
}
