using System;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Local.Errors;
using StepFlow.Local.Execution;

namespace StepFlow.Local.Tasks;

/// <summary>Waits for SendTaskSuccess/Failure, enforcing TimeoutSeconds and HeartbeatSeconds on the engine clock.</summary>
internal static class CallbackWaiter
{
    public static async Task<JsonNode?> WaitAsync(ExecutionRun run, PendingCallback callback, DateTimeOffset? deadline, long? heartbeatSeconds, CancellationTokenSource attempt)
    {
        if (callback.Completion.Task.IsCompleted)
        {
            return await callback.Completion.Task;
        }

        run.Loop.EnterExternalWait();
        try
        {
            var heartbeatDeadline = heartbeatSeconds is { } h ? run.Clock.GetUtcNow().AddSeconds(h) : (DateTimeOffset?)null;
            while (true)
            {
                var next = TaskLimits.Earliest(deadline, heartbeatDeadline);
                using var timerCancel = CancellationTokenSource.CreateLinkedTokenSource(attempt.Token);
                var heartbeat = callback.NextHeartbeat;
                var timer = next is null ? Task.Delay(Timeout.Infinite, timerCancel.Token) : run.DelayAsync(next.Value - run.Clock.GetUtcNow(), timerCancel.Token);
                var winner = await Task.WhenAny(callback.Completion.Task, heartbeat, timer);
                timerCancel.Cancel();
                if (winner == callback.Completion.Task)
                {
                    return await callback.Completion.Task;
                }

                if (winner == heartbeat)
                {
                    heartbeatDeadline = heartbeatSeconds is { } hb ? run.Clock.GetUtcNow().AddSeconds(hb) : null;
                    continue;
                }

                run.Cancellation.ThrowIfCancellationRequested();
                attempt.Token.ThrowIfCancellationRequested();
                // Heartbeat expiry is reported as States.Timeout, as AWS does.
                throw new TaskFailedException(StatesErrorNames.Timeout, null);
            }
        }
        finally
        {
            run.Loop.ExitExternalWait();
        }
    }
}
