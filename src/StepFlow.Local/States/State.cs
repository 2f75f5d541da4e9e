using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.DataFlow;
using StepFlow.Local.Execution;
using StepFlow.Local.History;

namespace StepFlow.Local.States;

/// <summary>A compiled state: its transitions, its data flow and how it runs.</summary>
internal abstract class State
{
    private string? _entered;
    private string? _exited;
    private State? _next;

    public required string Name { get; init; }

    public string? Next { get; init; }

    public bool End { get; init; }

    public required StateDataFlow Flow { get; init; }

    public bool IsJsonata { get; init; }

    /// <summary>AWS's type name, used in event names (<c>Pass</c> → <c>PassStateEntered</c>).</summary>
    public abstract string TypeName { get; }

    /// <summary><c>PassStateEntered</c> etc., built once rather than per visit.</summary>
    public string EnteredEventType => _entered ??= HistoryEventTypes.StateEntered(TypeName);

    /// <summary><c>PassStateExited</c> etc.</summary>
    public string ExitedEventType => _exited ??= HistoryEventTypes.StateExited(TypeName);

    /// <summary>The state named by <see cref="Next"/>, looked up once: every state lives in exactly one block.</summary>
    public State NextIn(StateBlock block) => _next ??= block.States[Next!];

    /// <summary>True for Task, Parallel and Map, whose Context Object carries <c>State.RetryCount</c>.</summary>
    public virtual bool HasRetryCount => false;

    /// <summary>Runs one visit. Errors are thrown as <see cref="Errors.StatesErrorException"/>.</summary>
    public abstract ValueTask<StateResult> ExecuteAsync(StateVisit visit);

    /// <summary>The result for leaving through <c>Next</c> or <c>End</c>.</summary>
    protected StateResult Continue(JsonNode? output, IReadOnlyDictionary<string, JsonNode?>? assigned) =>
        new(output, End ? null : Next, assigned);
}
