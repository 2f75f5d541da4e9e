using System;
using System.Collections.Generic;
using StepFlow.Visualization.Definition;
using StepFlow.Visualization.Layout;

namespace StepFlow.Visualization.History;

/// <summary>An execution history mapped onto its definition: every state visit, the transitions taken, the outcome.</summary>
public sealed class ExecutionTrace
{
    internal ExecutionTrace(WorkflowDefinition definition)
    {
        Definition = definition;
    }

    /// <summary>The definition the history was mapped onto.</summary>
    public WorkflowDefinition Definition { get; }

    /// <summary><c>SUCCEEDED</c>, <c>FAILED</c>, <c>TIMED_OUT</c>, <c>ABORTED</c> or <c>RUNNING</c> (no closing event).</summary>
    public string Status { get; internal set; } = "RUNNING";

    /// <summary>When the execution started.</summary>
    public DateTimeOffset? Started { get; internal set; }

    /// <summary>When it stopped.</summary>
    public DateTimeOffset? Stopped { get; internal set; }

    /// <summary>The execution's input (JSON text).</summary>
    public string? Input { get; internal set; }

    /// <summary>The execution's output (JSON text) when it succeeded.</summary>
    public string? Output { get; internal set; }

    /// <summary>The execution's error when it failed, timed out or was aborted.</summary>
    public string? Error { get; internal set; }

    /// <summary>The cause of <see cref="Error"/>.</summary>
    public string? Cause { get; internal set; }

    /// <summary>Number of events read.</summary>
    public int EventCount { get; internal set; }

    /// <summary>Every state visit, in the order the states were entered.</summary>
    public List<StateRun> Runs { get; } = [];

    /// <summary>The innermost run where the failure that ended the execution happened, if it failed.</summary>
    public StateRun? FailedRun { get; internal set; }

    /// <summary>Transitions taken: graph, edge kind, source and target state index (-1 for start/end markers).</summary>
    internal HashSet<(WorkflowGraph Graph, EdgeKind Kind, int From, int To)> TakenEdges { get; } = [];
}
