using System.Collections.Generic;
using StepFlow.Visualization.Definition;

namespace StepFlow.Visualization.Layout;

/// <summary>A placed node: a state box (with nested lanes for Parallel and Map) or a start/end marker.</summary>
public sealed class NodeLayout
{
    internal NodeLayout(NodeKind kind, StateNode? state, double width, double height)
    {
        Kind = kind;
        State = state;
        Box = new Rect(0, 0, width, height);
    }

    /// <summary>What the node stands for.</summary>
    public NodeKind Kind { get; }

    /// <summary>The state, or <c>null</c> for start/end markers.</summary>
    public StateNode? State { get; }

    /// <summary>The node's box in absolute diagram coordinates.</summary>
    public Rect Box { get; internal set; }

    /// <summary>Parallel branches or the Map processor, each drawn as a lane inside <see cref="Box"/>.</summary>
    public IReadOnlyList<LaneLayout> Lanes { get; internal set; } = [];

    internal void Offset(double dx, double dy)
    {
        Box = Box.Offset(dx, dy);
        foreach (LaneLayout lane in Lanes)
        {
            lane.Offset(dx, dy);
        }
    }
}
