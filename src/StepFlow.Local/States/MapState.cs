using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Local.DataFlow;
using StepFlow.Local.Errors;
using StepFlow.Local.Evaluation;
using StepFlow.Local.Execution;
using StepFlow.Local.History;
using StepFlow.Local.Json;
using StepFlow.Local.Maps;
using StepFlow.Paths;

namespace StepFlow.Local.States;

/// <summary><c>"Type": "Map"</c>, inline or distributed (run locally): one processor run per item or batch.</summary>
internal sealed class MapState : State
{
    public required StateBlock Processor { get; init; }

    public bool Distributed { get; init; }

    public bool HasItemSelector { get; init; }

    public JsonPath? ItemsPath { get; init; }

    public JsonataTemplate? ItemsExpression { get; init; }

    public MapNumber? MaxConcurrency { get; init; }

    public MapNumber? ToleratedFailureCount { get; init; }

    public MapNumber? ToleratedFailurePercentage { get; init; }

    public MapItemReader? ItemReader { get; init; }

    public MapItemBatcher? ItemBatcher { get; init; }

    public MapResultWriter? ResultWriter { get; init; }

    public string? Label { get; init; }

    public IReadOnlyList<Retrier> Retriers { get; init; } = [];

    public IReadOnlyList<Catcher> Catchers { get; init; } = [];

    public override string TypeName => "Map";

    public override bool HasRetryCount => true;

    public override async ValueTask<StateResult> ExecuteAsync(StateVisit visit)
    {
        var effective = Flow.EffectiveInput(visit);
        var concurrency = MapNumbers.Resolve(visit, effective, MaxConcurrency, integer: true) is { } c ? (int)c : 0;
        var (result, caught) = await FaultHandling.RunAsync(
            visit,
            Retriers,
            Catchers,
            v => RunAsync(v, effective, concurrency),
            _ => visit.Emit(HistoryEventTypes.MapStateFailed));
        if (caught is { } handled)
        {
            return handled;
        }

        var output = Flow.Output(visit, result, null, null, out var assigned);
        return Continue(output, assigned);
    }

    private async ValueTask<JsonNode?> RunAsync(StateVisit visit, JsonNode? effective, int concurrency)
    {
        // A distributed Map reads its ItemReader inside the Map Run (AWS records MapRunStarted first).
        var readInRun = ItemReader is not null && Distributed;
        var items = readInRun ? null : await MapItemSource.ReadAsync(this, visit, effective);
        visit.Emit(HistoryEventTypes.MapStateStarted, new HistoryEventDetails { Length = ItemReader is null ? items!.Count : 0 });
        var tolerance = MapTolerance.Resolve(visit, effective, ToleratedFailureCount, ToleratedFailurePercentage);
        string? mapRunArn = null;
        if (Distributed)
        {
            mapRunArn = MapRunArn(visit);
            visit.Emit(HistoryEventTypes.MapRunStarted, new HistoryEventDetails { MapRunArn = mapRunArn });
        }

        items ??= await MapItemSource.ReadInMapRunAsync(this, visit, effective);

        var inputs = MapItemSource.ChildInputs(this, visit, effective, items);
        var run = new MapRun(this, visit, inputs.Count, Distributed);
        await run.ExecuteAsync(inputs, concurrency);
        if (run.Fatal is { } fatal)
        {
            throw fatal;
        }

        if (Distributed)
        {
            if (!tolerance.Allows(run.FailedCount, inputs.Count))
            {
                const string cause = "The specified tolerated failure threshold was exceeded";
                visit.Emit(HistoryEventTypes.MapRunFailed, new HistoryEventDetails { Error = StatesErrorNames.ExceedToleratedFailureThreshold, Cause = cause });
                throw new StatesErrorException(StatesErrorNames.ExceedToleratedFailureThreshold, cause);
            }

            visit.Emit(HistoryEventTypes.MapRunSucceeded);
        }
        else if (run.FirstFailure is { } failure)
        {
            throw failure;
        }

        visit.Scope.History.EmitSide(visit.Scope.Cursor.Last, HistoryEventTypes.MapStateSucceeded);
        if (ResultWriter is not null)
        {
            return await MapItemSource.WriteResultsAsync(this, visit, effective, mapRunArn ?? MapRunArn(visit), run.Results);
        }

        return run.Results;
    }

    private string MapRunArn(StateVisit visit)
    {
        var identity = visit.Run.Identity;
        var prefix = identity.StateMachineArn.Replace(":stateMachine:", ":mapRun:", StringComparison.Ordinal);
        return prefix + "/" + (Label ?? Name) + ":" + IntrinsicEvaluator.NewUuid(visit.Random);
    }

    /// <summary>Drives the iterations of one Map attempt with the concurrency limit and records their events.</summary>
    private sealed class MapRun(MapState map, StateVisit visit, int count, bool distributed)
    {
        private readonly CancellationTokenSource _siblings = CancellationTokenSource.CreateLinkedTokenSource(visit.Scope.Cancellation);
        private long _lastOutcome;

        public JsonArray Results { get; } = new();

        public int FailedCount { get; private set; }

        public StatesErrorException? FirstFailure { get; private set; }

        public StatesErrorException? Fatal { get; private set; }

        public async Task ExecuteAsync(IReadOnlyList<JsonNode?> inputs, int concurrency)
        {
            var slots = new JsonNode?[count];
            var limit = concurrency > 0 ? concurrency : int.MaxValue;
            var active = new List<Task>();
            using (_siblings)
            {
                for (var i = 0; i < inputs.Count && Fatal is null && (distributed || FirstFailure is null); i++)
                {
                    while (active.Count >= limit)
                    {
                        active.Remove(await Task.WhenAny(active));
                    }

                    // A failure while waiting for a free slot means no further iteration starts (recorded: no
                    // MapIterationStarted follows the failing iteration when MaxConcurrency is 1).
                    if (Fatal is not null || (!distributed && FirstFailure is not null))
                    {
                        break;
                    }

                    var iteration = RunIterationAsync(i, inputs[i], slots);
                    if (!iteration.IsCompleted)
                    {
                        active.Add(iteration.AsTask());
                    }
                    else
                    {
                        iteration.GetAwaiter().GetResult();
                    }
                }

                if (active.Count > 0)
                {
                    await Task.WhenAll(active);
                }
            }

            foreach (var slot in slots)
            {
                Results.Add(JsonNodes.Detach(slot));
            }

            if (_lastOutcome != 0 && FirstFailure is null && !distributed)
            {
                visit.Scope.Cursor.Last = _lastOutcome;
            }
        }

        private async ValueTask RunIterationAsync(int index, JsonNode? input, JsonNode?[] slots)
        {
            var parent = visit.Scope;
            var cursor = new HistoryCursor(parent.Cursor.Last);
            var history = distributed ? new HistoryRecorder(visit.Run.Clock, keep: false) : parent.History;
            var variables = distributed ? new VariableStore() : new VariableStore(parent.Variables);
            var scope = parent.CreateChild(ScopeKind.Iteration, variables, cursor, _siblings.Token, history);
            if (!distributed)
            {
                history.Emit(cursor, HistoryEventTypes.MapIterationStarted, new LeanEventValues(map.Name, default, false, index, null));
            }

            try
            {
                var pending = StatesRunner.RunAsync(map.Processor, input, scope);
                slots[index] = pending.IsCompletedSuccessfully ? pending.Result : await pending;
                Outcome(cursor, HistoryEventTypes.MapIterationSucceeded, index);
            }
            catch (StatesErrorException e) when (!e.IsCatchable)
            {
                Fatal ??= e;
                parent.Cursor.Last = cursor.Last;
                _siblings.Cancel();
            }
            catch (StatesErrorException e)
            {
                FailedCount++;
                slots[index] = new JsonObject { ["Error"] = e.Error, ["Cause"] = e.Cause };
                Outcome(cursor, HistoryEventTypes.MapIterationFailed, index);
                if (!distributed && FirstFailure is null)
                {
                    FirstFailure = e;
                    parent.Cursor.Last = cursor.Last;
                    _siblings.Cancel();
                }
            }
            catch (OperationCanceledException) when (FirstFailure is not null || Fatal is not null)
            {
                Outcome(cursor, HistoryEventTypes.MapIterationAborted, index);
            }
        }

        private void Outcome(HistoryCursor cursor, string type, int index)
        {
            if (distributed)
            {
                return;
            }

            _lastOutcome = visit.Scope.History.EmitSide(cursor.Last, type, new LeanEventValues(map.Name, default, false, index, null));
            if (FirstFailure is null && Fatal is null)
            {
                visit.Scope.Cursor.Last = cursor.Last;
            }
        }
    }
}
