using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.Errors;
using StepFlow.Local.History;
using StepFlow.Local.Json;
using StepFlow.Local.Jsonata;
using StepFlow.Local.States;
using StepFlow.Local.Tasks;

namespace StepFlow.Local.Execution;

/// <summary>Walks a <see cref="StateBlock"/> from StartAt to an end, recording Entered/Exited events and applying
/// variable assignments between states. Errors propagate to the caller (execution, Parallel or Map).</summary>
internal static class StatesRunner
{
    public static async ValueTask<JsonNode?> RunAsync(StateBlock block, JsonNode? input, Scope scope)
    {
        var run = scope.Run;
        var state = block.States[block.StartAt];
        var inputPayload = new LazyJsonText(input);
        while (true)
        {
            scope.Cancellation.ThrowIfCancellationRequested();
            run.CountTransition();
            var enteredAfter = scope.Cursor.Last;
            var enteredId = scope.History.Emit(scope.Cursor, state.EnteredEventType, new LeanEventValues(state.Name, inputPayload, false, null, null), out var enteredTime);
            var visit = new StateVisit(scope, state, input, enteredId, enteredTime) { EnteredAfterEventId = enteredAfter };
            StateResult result;
            try
            {
                if (state.IsJsonata && run.Options.JsonataEvaluator is null)
                {
                    throw JsonataSupport.NotSupported(state.Name);
                }

                var pending = state.ExecuteAsync(visit);
                result = pending.IsCompletedSuccessfully ? pending.Result : await pending;
            }
            catch (StatesErrorException e) when (e.Error == StatesErrorNames.Runtime && !e.HasStatePrefix)
            {
                throw e.WithStatePrefix(state.Name, enteredId);
            }
            catch (StatesErrorException e) when (e.IsCatchable && scope.Kind == ScopeKind.Branch && HasAbortedEvent(state))
            {
                // A state failing inside a Parallel branch is recorded as aborted before the branch fails.
                scope.History.Emit(scope.Cursor, state.TypeName + "StateAborted");
                throw;
            }
            catch (System.OperationCanceledException) when (scope.Kind != ScopeKind.Execution && HasAbortedEvent(state))
            {
                scope.History.Emit(scope.Cursor, state.TypeName + "StateAborted");
                throw;
            }

            // An output that is the input node unchanged was already within the limit when it arrived.
            var outputPayload = ReferenceEquals(result.Output, input) ? inputPayload : CheckedPayload(state, result.Output, scope.History.Keeps);
            scope.History.Emit(scope.Cursor, state.ExitedEventType, new LeanEventValues(state.Name, outputPayload, true, null, Describe(result.Assigned)));
            if (result.Assigned is { Count: > 0 } assigned)
            {
                scope.Variables.Assign(assigned);
            }

            if (result.Next is null)
            {
                return result.Output;
            }

            state = ReferenceEquals(result.Next, state.Next) ? state.NextIn(block) : block.States[result.Next];
            input = result.Output;
            inputPayload = outputPayload;
        }
    }

    /// <summary>Checks a new output against the payload quota. When history is kept, the compact UTF-8 written for the
    /// check becomes the payload of this Exited event and the next Entered one: the history then holds one array, and
    /// the output's nodes can be collected young.</summary>
    private static LazyJsonText CheckedPayload(State state, JsonNode? output, bool recorded)
    {
        byte[]? utf8 = null;
        var size = recorded ? (utf8 = CompactUtf8.Serialize(output)).Length : CompactUtf8.Measure(output);
        if (size > TaskDispatcher.PayloadLimit)
        {
            throw new StatesErrorException(
                StatesErrorNames.DataLimitExceeded,
                "The state/task '" + state.Name + "' returned a result with a size exceeding the maximum number of bytes service limit.",
                catchable: false);
        }

        return utf8 is null ? new LazyJsonText(output) : new LazyJsonText(utf8);
    }

    private static bool HasAbortedEvent(State state) => state is TaskState or WaitState or ParallelState or MapState;

    private static IReadOnlyDictionary<string, string>? Describe(IReadOnlyDictionary<string, JsonNode?>? assigned)
    {
        if (assigned is null || assigned.Count == 0)
        {
            return null;
        }

        var text = new Dictionary<string, string>(assigned.Count, System.StringComparer.Ordinal);
        foreach (var pair in assigned)
        {
            text[pair.Key] = JsonNodes.ToCompactJson(pair.Value);
        }

        return text;
    }
}
