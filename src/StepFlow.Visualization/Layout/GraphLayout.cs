using System.Collections.Generic;
using StepFlow.Visualization.Definition;

namespace StepFlow.Visualization.Layout;

/// <summary>A laid-out state machine: its nodes and edges, in absolute diagram coordinates.</summary>
public sealed class GraphLayout
{
    internal GraphLayout(WorkflowGraph source, Rect bounds, IReadOnlyList<NodeLayout> nodes, IReadOnlyList<EdgeLayout> edges)
    {
        Source = source;
        Bounds = bounds;
        Nodes = nodes;
        Edges = edges;
    }

    /// <summary>The state machine laid out.</summary>
    public WorkflowGraph Source { get; }

    /// <summary>The area the graph occupies.</summary>
    public Rect Bounds { get; private set; }

    /// <summary>Start marker, the states (in definition order), then the end marker if any state is terminal.</summary>
    public IReadOnlyList<NodeLayout> Nodes { get; }

    /// <summary>Start edge, transitions in definition order, then end edges.</summary>
    public IReadOnlyList<EdgeLayout> Edges { get; }

    /// <summary>The node drawn for the state at <paramref name="stateIndex"/> of <see cref="Source"/>.</summary>
    public NodeLayout NodeOf(int stateIndex) => Nodes[stateIndex + 1];

    internal void Offset(double dx, double dy)
    {
        Bounds = Bounds.Offset(dx, dy);
        foreach (NodeLayout node in Nodes)
        {
            node.Offset(dx, dy);
        }

        foreach (EdgeLayout edge in Edges)
        {
            edge.Offset(dx, dy);
        }
    }
}
