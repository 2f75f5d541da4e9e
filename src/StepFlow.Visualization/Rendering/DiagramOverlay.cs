using System.Collections.Generic;
using StepFlow.Visualization.Definition;
using StepFlow.Visualization.Layout;

namespace StepFlow.Visualization.Rendering;

/// <summary>What an execution adds to the picture: an outcome and run count per state, and the edges taken.</summary>
internal sealed class DiagramOverlay
{
    public Dictionary<int, StateOutcome> Outcomes { get; } = [];

    public Dictionary<int, int> RunCounts { get; } = [];

    /// <summary>Retries per state, summed over its runs (every attempt after a run's first is a retry).</summary>
    public Dictionary<int, int> RetryCounts { get; } = [];

    /// <summary>Taken edges: graph, kind, source and target state index (-1 for the start or end marker).</summary>
    public HashSet<(WorkflowGraph Graph, EdgeKind Kind, int From, int To)> TakenEdges { get; } = [];

    public StateOutcome OutcomeOf(StateNode state) => Outcomes.TryGetValue(state.Id, out StateOutcome outcome) ? outcome : StateOutcome.NotReached;

    public bool IsTaken(GraphLayout graph, EdgeLayout edge)
    {
        int from = edge.From.State is null ? -1 : graph.Source.IndexOf(edge.From.State.Name);
        int to = edge.To.State is null ? -1 : graph.Source.IndexOf(edge.To.State.Name);
        EdgeKind kind = edge.Kind == EdgeKind.Default ? EdgeKind.Choice : edge.Kind;
        return TakenEdges.Contains((graph.Source, kind, from, to));
    }
}
