using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Local.Errors;
using StepFlow.Local.Execution;
using StepFlow.Local.History;
using StepFlow.Local.Json;

namespace StepFlow.Local.States;

/// <summary><c>"Type": "Parallel"</c>: runs every branch on the same input; the result is their outputs in order.</summary>
internal sealed class ParallelState : State
{
    public required IReadOnlyList<StateBlock> Branches { get; init; }

    public IReadOnlyList<Retrier> Retriers { get; init; } = [];

    public IReadOnlyList<Catcher> Catchers { get; init; } = [];

    public override string TypeName => "Parallel";

    public override bool HasRetryCount => true;

    public override async ValueTask<StateResult> ExecuteAsync(StateVisit visit)
    {
        var effective = Flow.EffectiveInput(visit);
        var (result, caught) = await FaultHandling.RunAsync(
            visit,
            Retriers,
            Catchers,
            v => RunBranchesAsync(v, effective),
            _ => visit.Emit(HistoryEventTypes.ParallelStateFailed));
        if (caught is { } handled)
        {
            return handled;
        }

        var output = Flow.Output(visit, result, null, null, out var assigned);
        return Continue(output, assigned);
    }

    private async ValueTask<JsonNode?> RunBranchesAsync(StateVisit visit, JsonNode? effective)
    {
        var input = Flow.TaskInput(visit, effective);
        var scope = visit.Scope;
        var startedId = visit.Emit(HistoryEventTypes.ParallelStateStarted);
        using var siblings = CancellationTokenSource.CreateLinkedTokenSource(scope.Cancellation);
        var outcome = new BranchOutcome(Branches.Count, scope.Cursor);
        var pending = new List<Task>();
        for (var i = 0; i < Branches.Count; i++)
        {
            var cursor = new HistoryCursor(startedId);
            var branchScope = scope.CreateChild(ScopeKind.Branch, new VariableStore(scope.Variables), cursor, siblings.Token);
            var task = RunBranchAsync(Branches[i], input, branchScope, i, outcome, siblings);
            if (!task.IsCompleted)
            {
                pending.Add(task);
            }
        }

        if (pending.Count > 0)
        {
            await Task.WhenAll(pending);
        }

        if (outcome.Failure is { } failure)
        {
            throw failure;
        }

        scope.Cancellation.ThrowIfCancellationRequested();
        visit.Emit(HistoryEventTypes.ParallelStateSucceeded);
        var results = new JsonArray();
        foreach (var value in outcome.Results)
        {
            results.Add(JsonNodes.Detach(value));
        }

        return results;
    }

    private static async Task RunBranchAsync(StateBlock branch, JsonNode? input, Scope branchScope, int index, BranchOutcome outcome, CancellationTokenSource siblings)
    {
        try
        {
            outcome.Results[index] = await StatesRunner.RunAsync(branch, input, branchScope);
            outcome.ParentCursor.Last = Math.Max(outcome.ParentCursor.Last, branchScope.Cursor.Last);
        }
        catch (StatesErrorException e)
        {
            if (outcome.Failure is null)
            {
                outcome.Failure = e;
                outcome.ParentCursor.Last = branchScope.Cursor.Last;
                siblings.Cancel();
            }
        }
        catch (OperationCanceledException) when (outcome.Failure is not null)
        {
            // A sibling failed first; this branch was aborted.
        }
    }

    private sealed class BranchOutcome(int count, HistoryCursor parentCursor)
    {
        public JsonNode?[] Results { get; } = new JsonNode?[count];

        public HistoryCursor ParentCursor { get; } = parentCursor;

        public StatesErrorException? Failure { get; set; }
    }
}
