using System;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Local.Errors;
using StepFlow.Local.Execution;
using StepFlow.Local.Json;
using StepFlow.Local.Mocks;

namespace StepFlow.Local.Tasks;

/// <summary>Finds what runs a Task (mock, state handler, resource handler), runs it with timeouts and callbacks,
/// and records the resource's events.</summary>
internal sealed class TaskDispatcher(TaskHandlerRegistry handlers, MockRegistry mocks)
{
    /// <summary>AWS's payload quota (256 KiB).</summary>
    public const int PayloadLimit = 262144;

    public async ValueTask<JsonNode?> InvokeAsync(StateVisit visit, TaskResource resource, JsonNode? input, long? timeoutSeconds, long? heartbeatSeconds)
    {
        var events = new TaskEvents(visit, resource);
        events.Scheduled(input, timeoutSeconds, heartbeatSeconds);
        events.Started();
        var run = visit.Run;
        var stateName = visit.State.Name;
        var invocationNumber = run.NextInvocation(stateName);
        var mock = (run.TestCaseMocks is { } caseMocks && caseMocks.TryGetValue(stateName, out var sequence) ? sequence : mocks.Find(stateName))?.Get(invocationNumber);
        var handler = mock is null ? handlers.Find(stateName, resource.Arn) : null;
        if (mock is null && handler is null)
        {
            throw StatesErrorException.Runtime(
                "No task handler or mock is registered for state '" + stateName + "' (resource '" + resource.Arn + "'). Register one with LocalEngineOptions.TaskHandlers or LocalEngineOptions.Mocks.");
        }

        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(visit.Scope.Cancellation);
        PendingCallback? callback = visit.TaskToken is { } token && mock is null ? run.Tokens.Register(token) : null;
        try
        {
            var timeout = timeoutSeconds is { } t ? TimeSpan.FromSeconds(t) : (TimeSpan?)null;
            var deadline = timeout is null ? (DateTimeOffset?)null : run.Clock.GetUtcNow() + timeout.Value;
            JsonNode? result;
            if (mock is not null)
            {
                if (mock.IsThrow)
                {
                    throw new TaskFailedException(mock.Error!, mock.Cause);
                }

                result = mock.Result?.DeepClone();
            }
            else
            {
                var submitted = false;
                void ReportSubmitted(JsonNode? response)
                {
                    if (resource.IsSync && !submitted)
                    {
                        submitted = true;
                        events.Submitted(response);
                    }
                }

                var heartbeats = new PendingCallback();
                var invocation = new TaskInvocation(run.Identity.ExecutionArn, stateName, resource, input, visit.RetryCount, visit.TaskToken, attempt.Token, ReportSubmitted, heartbeats.Heartbeat);
                try
                {
                    result = await HandlerCall.RunAsync(run, handler!, invocation, new TaskLimits(deadline, heartbeatSeconds, heartbeats), attempt);
                }
                finally
                {
                    ReportSubmitted(new JsonObject());
                }

                if (callback is not null)
                {
                    events.Submitted(result);
                    result = await CallbackWaiter.WaitAsync(run, callback, deadline, heartbeatSeconds, attempt);
                }
            }

            if (JsonSizeGuard.Exceeds(result, PayloadLimit))
            {
                throw new TaskFailedException(
                    StatesErrorNames.DataLimitExceeded,
                    "The state/task '" + resource.Arn + "' returned a result with a size exceeding the maximum number of bytes service limit.");
            }

            events.Succeeded(result);
            return result;
        }
        catch (TaskFailedException e)
        {
            var timedOut = e.Error == StatesErrorNames.Timeout;
            events.Failed(e.Error, e.Cause, timedOut);
            // AWS leaves a timeout's cause out of the event but shows it as "" in the Error Output.
            throw new StatesErrorException(e.Error, timedOut ? e.Cause ?? string.Empty : e.Cause);
        }
        catch (StatesErrorException e) when (e.IsCatchable)
        {
            events.Failed(e.Error, e.Cause, e.Error == StatesErrorNames.Timeout);
            throw;
        }
        catch (Exception e) when (e is not StatesErrorException && e is not OperationCanceledException)
        {
            var (error, cause) = LambdaErrorFormatter.Format(e);
            events.Failed(error, cause, false);
            throw new StatesErrorException(error, cause);
        }
        finally
        {
            if (visit.TaskToken is { } used)
            {
                run.Tokens.Remove(used);
            }

            attempt.Cancel();
        }
    }
}
