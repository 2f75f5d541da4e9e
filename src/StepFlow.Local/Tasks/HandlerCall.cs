using System;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Local.Errors;
using StepFlow.Local.Execution;

namespace StepFlow.Local.Tasks;

/// <summary>The time limits of one task attempt: the TimeoutSeconds deadline and the HeartbeatSeconds interval
/// renewed by <see cref="TaskInvocation.SendHeartbeat"/>.</summary>
internal readonly record struct TaskLimits(DateTimeOffset? Deadline, long? HeartbeatSeconds, PendingCallback Heartbeats)
{
    public bool Any => Deadline is not null || HeartbeatSeconds is not null;

    public static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;
}

/// <summary>Runs a C# task handler under its time limits on the engine clock (virtual or real): when a limit passes
/// first, the attempt's token is cancelled and the task fails with States.Timeout, as AWS reports both expiries.</summary>
internal static class HandlerCall
{
    public static async ValueTask<JsonNode?> RunAsync(ExecutionRun run, TaskHandler handler, TaskInvocation invocation, TaskLimits limits, CancellationTokenSource attempt)
    {
        var pending = handler(invocation);
        if (pending.IsCompleted)
        {
            return pending.Result;
        }

        run.Loop.EnterExternalWait();
        try
        {
            var call = pending.AsTask();
            if (!limits.Any)
            {
                return await call;
            }

            var heartbeatDeadline = NextHeartbeatDeadline(run, limits);
            while (true)
            {
                var next = TaskLimits.Earliest(limits.Deadline, heartbeatDeadline)!.Value;
                using var timerCancel = CancellationTokenSource.CreateLinkedTokenSource(attempt.Token);
                var beat = limits.Heartbeats.NextHeartbeat;
                var timer = run.DelayAsync(next - run.Clock.GetUtcNow(), timerCancel.Token);
                var winner = await Task.WhenAny(call, beat, timer);
                timerCancel.Cancel();
                if (winner == call)
                {
                    return await call;
                }

                if (winner == beat)
                {
                    heartbeatDeadline = NextHeartbeatDeadline(run, limits);
                    continue;
                }

                // The timer ended without firing: the attempt was cancelled from outside (execution stopped, a
                // sibling failed), which is not a timeout.
                attempt.Token.ThrowIfCancellationRequested();
                attempt.Cancel();
                throw new TaskFailedException(StatesErrorNames.Timeout, null);
            }
        }
        finally
        {
            run.Loop.ExitExternalWait();
        }
    }

    private static DateTimeOffset? NextHeartbeatDeadline(ExecutionRun run, TaskLimits limits) =>
        limits.HeartbeatSeconds is { } seconds ? run.Clock.GetUtcNow().AddSeconds(seconds) : null;
}
