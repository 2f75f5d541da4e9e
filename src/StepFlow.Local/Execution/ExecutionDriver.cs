using System;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Local.Api;
using StepFlow.Local.Errors;
using StepFlow.Local.History;
using StepFlow.Local.Json;
using StepFlow.Local.States;
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
        record.Variables = new VariableStore();
        return run.Loop.Start(() => RunAsync(record, record.Machine.Definition.Root, run.Input, 0));
    }

    /// <summary>Resumes a FAILED execution (already reopened) at <paramref name="point"/>: ExecutionRedriven follows
    /// the closing event, then the failed state is entered again with its original input.</summary>
    public static Task Redrive(ExecutionRecord record, RedrivePoint point)
    {
        var run = record.Run;
        run.RedriveCount = record.RedriveCount;
        run.RedriveTimeText = record.RedriveDate is { } date ? ExecutionRun.FormatTimestamp(date) : null;
        var redriven = run.History.EmitSide(point.ClosingEventId, HistoryEventTypes.ExecutionRedriven);
        var block = new StateBlock(point.StateName, record.Machine.Definition.Root.States);
        return run.Loop.Start(() => RunAsync(record, block, point.Input, redriven));
    }

    private static async Task RunAsync(ExecutionRecord record, StateBlock block, JsonNode? input, long after)
    {
        var run = record.Run;
        var cursor = new HistoryCursor(after);
        var timedOut = false;
        ITimer? timeoutTimer = null;
        if (record.Machine.Definition.TimeoutSeconds is { } seconds)
        {
            timeoutTimer = Time.LongDelay.CreateTimer(run.Clock, TimeSpan.FromSeconds(seconds), () =>
            {
                timedOut = true;
                record.Stop.Cancel();
            });
        }

        try
        {
            var scope = new Scope(run, record.Variables ?? new VariableStore(), run.History, cursor, run.Cancellation);
            var output = await StatesRunner.RunAsync(block, input, scope);
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
