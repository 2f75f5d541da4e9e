using StepFlow.Visualization.Definition;

namespace StepFlow.Visualization.Layout;

/// <summary>A nested state machine drawn inside its Parallel or Map state.</summary>
public sealed class LaneLayout
{
    internal LaneLayout(string caption, GraphLayout graph, Rect box)
    {
        Caption = caption;
        Graph = graph;
        Box = box;
    }

    /// <summary>Text above the lane, e.g. <c>Branch 2</c> or <c>Item processor</c>.</summary>
    public string Caption { get; }

    /// <summary>The nested graph's layout, in absolute coordinates.</summary>
    public GraphLayout Graph { get; }

    /// <summary>The lane's box in absolute diagram coordinates.</summary>
    public Rect Box { get; private set; }

    /// <summary>The nested state machine.</summary>
    public WorkflowGraph Source => Graph.Source;

    internal void Offset(double dx, double dy)
    {
        Box = Box.Offset(dx, dy);
        Graph.Offset(dx, dy);
    }
}
