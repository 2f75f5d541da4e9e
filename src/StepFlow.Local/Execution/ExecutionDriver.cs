using System;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Local.Api;
using StepFlow.Local.Errors;
using StepFlow.Local.History;
using StepFlow.Local.Json;
using StepFlow.Local.Tasks;

namespace StepFlow.Local.Execution;

/// <summary>Runs an execution from ExecutionStarted to its closing event. Every outcome, including an engine bug,
/// ends as a recorded status: nothing escapes to the caller's thread.</summary>
internal static class ExecutionDriver
{
    public static Task Start(ExecutionRecord record)
    {
        var run = record.Run;
        run.History.EmitSide(0, HistoryEventTypes.ExecutionStarted, new HistoryEventDetails
        {
            InputPayload = new LazyJsonText(record.InputText),
            RoleArn = run.Identity.RoleArn,
        });
        return run.Loop.Start(() => RunAsync(record));
    }

    private static async Task RunAsync(ExecutionRecord record)
    {
        var run = record.Run;
        var cursor = new HistoryCursor(0);
        var timedOut = false;
        ITimer? timeoutTimer = null;
        if (record.Machine.Definition.TimeoutSeconds is { } seconds)
        {
            timeoutTimer = run.Clock.CreateTimer(
                _ =>
                {
                    timedOut = true;
                    record.Stop.Cancel();
                },
                null,
                TimeSpan.FromSeconds(seconds),
                Timeout.InfiniteTimeSpan);
        }

        try
        {
            var scope = new Scope(run, new VariableStore(), run.History, cursor, run.Cancellation);
            var output = await StatesRunner.RunAsync(record.Machine.Definition.Root, run.Input, scope);
            var text = JsonNodes.ToCompactJson(output);
            record.TryFinish(ExecutionStatus.Succeeded, text, null, null, () => run.History.Emit(cursor, HistoryEventTypes.ExecutionSucceeded, new HistoryEventDetails
            {
                OutputPayload = new LazyJsonText(text),
            }));
        }
        catch (StatesErrorException e)
        {
            record.TryFinish(ExecutionStatus.Failed, null, e.Error, e.Cause, () => run.History.Emit(cursor, HistoryEventTypes.ExecutionFailed, new HistoryEventDetails
            {
                Error = e.Error,
                Cause = e.Cause,
            }));
        }
        catch (OperationCanceledException) when (timedOut)
        {
            record.TryFinish(ExecutionStatus.TimedOut, null, StatesErrorNames.Timeout, null, () => run.History.Emit(cursor, HistoryEventTypes.ExecutionTimedOut, new HistoryEventDetails
            {
                Error = StatesErrorNames.Timeout,
            }));
        }
        catch (OperationCanceledException)
        {
            // StopExecution already recorded ABORTED; nothing more to do.
        }
        catch (Exception e)
        {
            // An engine defect must still end the execution cleanly and say what happened.
            record.TryFinish(ExecutionStatus.Failed, null, "StepFlow.EngineError", e.ToString(), () => run.History.Emit(cursor, HistoryEventTypes.ExecutionFailed, new HistoryEventDetails
            {
                Error = "StepFlow.EngineError",
                Cause = e.ToString(),
            }));
        }
        finally
        {
            timeoutTimer?.Dispose();
        }
    }

    /// <summary>Parses execution input; AWS's InvalidExecutionInput when it is not JSON.</summary>
    public static JsonNode? ParseInput(string text)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(text) > TaskDispatcher.PayloadLimit)
        {
            throw new StepFunctionsException("InvalidExecutionInput", "Invalid State Machine Execution Input: the input exceeds the maximum size of " + TaskDispatcher.PayloadLimit + " bytes.");
        }

        try
        {
            return JsonNodes.Parse(text);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new StepFunctionsException("InvalidExecutionInput", "Invalid State Machine Execution Input: '" + e.Message + "'");
        }
    }
}
