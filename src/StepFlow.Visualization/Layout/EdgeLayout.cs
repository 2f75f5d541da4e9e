using System.Collections.Generic;

namespace StepFlow.Visualization.Layout;

/// <summary>A routed edge: a path of alternating straight and curved segments, and its label.</summary>
public sealed class EdgeLayout
{
    internal EdgeLayout(EdgeKind kind, int transitionIndex, NodeLayout from, NodeLayout to, string? label, string? detail)
    {
        Kind = kind;
        TransitionIndex = transitionIndex;
        From = from;
        To = to;
        Label = label;
        Detail = detail;
    }

    /// <summary>What the edge stands for.</summary>
    public EdgeKind Kind { get; }

    /// <summary>Index in the graph's <see cref="Definition.WorkflowGraph.Transitions"/>, or -1 for start/end edges.</summary>
    public int TransitionIndex { get; }

    /// <summary>Where the edge comes from.</summary>
    public NodeLayout From { get; }

    /// <summary>Where the edge goes (the arrow head).</summary>
    public NodeLayout To { get; }

    /// <summary>Text drawn on the edge, or <c>null</c>.</summary>
    public string? Label { get; }

    /// <summary>Full text behind a shortened label, or <c>null</c>.</summary>
    public string? Detail { get; }

    /// <summary>
    /// The route from <see cref="From"/> to <see cref="To"/>. Segment i (between point i and i+1) is straight when i is
    /// even and a vertical S-curve when i is odd; a self-loop has exactly four points drawn as one curve.
    /// </summary>
    public IReadOnlyList<Point> Points { get; internal set; } = [];

    /// <summary>The label's box, when the edge has a label.</summary>
    public Rect? LabelBox { get; internal set; }

    /// <summary>True for an edge from a state back to itself.</summary>
    public bool IsSelfLoop => ReferenceEquals(From, To);

    internal void Offset(double dx, double dy)
    {
        var moved = new Point[Points.Count];
        for (int i = 0; i < moved.Length; i++)
        {
            moved[i] = new Point(Points[i].X + dx, Points[i].Y + dy);
        }

        Points = moved;
        LabelBox = LabelBox?.Offset(dx, dy);
    }
}
