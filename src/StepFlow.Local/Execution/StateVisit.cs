using System;
using System.Text.Json.Nodes;
using StepFlow.Local.Evaluation;
using StepFlow.Local.History;
using StepFlow.Local.Jsonata;
using StepFlow.Local.Json;
using StepFlow.Local.States;

namespace StepFlow.Local.Execution;

/// <summary>One entry into a state: its raw input, when it was entered and the Context Object it sees.</summary>
internal sealed class StateVisit : IStateContext
{
    private JsonObject? _context;
    private int _retryCount;
    private string? _taskToken;

    public StateVisit(Scope scope, State state, JsonNode? rawInput, long enteredEventId, DateTimeOffset enteredTime)
    {
        Scope = scope;
        State = state;
        RawInput = rawInput;
        EnteredEventId = enteredEventId;
        EnteredTime = enteredTime;
    }

    public Scope Scope { get; }

    public ExecutionRun Run => Scope.Run;

    public State State { get; }

    public JsonNode? RawInput { get; }

    public long EnteredEventId { get; }

    /// <summary>The previousEventId of the StateEntered event; AWS points EvaluationFailed at it.</summary>
    public long EnteredAfterEventId { get; init; }

    public DateTimeOffset EnteredTime { get; }

    /// <summary>0 on the first attempt, +1 per retry (<c>$$.State.RetryCount</c>).</summary>
    public int RetryCount
    {
        get => _retryCount;
        set
        {
            _retryCount = value;
            _context = null;
        }
    }

    /// <summary>The callback token of the current attempt (<c>$$.Task.Token</c>).</summary>
    public string? TaskToken
    {
        get => _taskToken;
        set
        {
            _taskToken = value;
            _context = null;
        }
    }

    public Random Random => Run.Random;

    public JsonNode ContextObject => _context ??= BuildContext(null);

    public bool TryGetVariable(string name, out JsonNode? value) => Scope.Variables.TryGet(name, out value);

    public PathScope PathScope(JsonNode? input) => new(input, this);

    /// <summary>The Context Object with <c>Map.Item</c> set, for a Map's ItemSelector.</summary>
    public JsonObject BuildContext(JsonObject? mapItem)
    {
        var identity = Run.Identity;
        var execution = new JsonObject
        {
            ["Id"] = identity.ExecutionArn,
            ["Input"] = Run.Input?.DeepClone(),
            ["StartTime"] = Run.StartTimeText,
            ["Name"] = identity.Name,
            ["RoleArn"] = identity.RoleArn,
        };
        if (!identity.IsExpress)
        {
            // Express executions cannot be redriven, and their Context Object has no RedriveCount.
            execution["RedriveCount"] = Run.RedriveCount;
            if (Run.RedriveTimeText is { } redriveTime)
            {
                execution["RedriveTime"] = redriveTime;
            }
        }

        var stateObject = new JsonObject
        {
            ["Name"] = State.Name,
            ["EnteredTime"] = ExecutionRun.FormatTimestamp(EnteredTime),
        };
        if (State.HasRetryCount)
        {
            stateObject["RetryCount"] = _retryCount;
        }

        var context = new JsonObject
        {
            ["Execution"] = execution,
            ["StateMachine"] = new JsonObject { ["Id"] = identity.StateMachineArn, ["Name"] = identity.StateMachineName },
            ["State"] = stateObject,
        };
        if (_taskToken is not null)
        {
            context["Task"] = new JsonObject { ["Token"] = _taskToken };
        }

        if (mapItem is not null)
        {
            context["Map"] = new JsonObject { ["Item"] = mapItem };
        }

        return context;
    }

    /// <summary>Bindings for a JSONata expression evaluated in this visit.</summary>
    public JsonataBindings JsonataBindings(JsonNode? context = null) =>
        new(RawInput, context ?? ContextObject, name => (Scope.Variables.TryGet(name, out var v), v));

    /// <summary>Records an event on this scope's causal thread.</summary>
    public long Emit(string type, HistoryEventDetails? details = null) => Scope.History.Emit(Scope.Cursor, type, details);

    /// <summary>Compact JSON of the raw input, for error messages.</summary>
    public string RawInputText => JsonNodes.ToCompactJson(RawInput);
}
