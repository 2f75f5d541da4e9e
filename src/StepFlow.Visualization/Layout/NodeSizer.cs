using System;
using System.Collections.Generic;
using System.Globalization;
using StepFlow.Visualization.Definition;

namespace StepFlow.Visualization.Layout;

/// <summary>
/// Creates the node of a state at its final size. Parallel and Map states are measured bottom-up: their nested
/// state machines are laid out first and placed side by side as lanes inside the state's box.
/// </summary>
internal static class NodeSizer
{
    public static NodeLayout Create(StateNode state)
    {
        string name = LabelText.Shorten(state.Name, LabelText.MaxStateLabelLength);
        double titleWidth = LayoutMetrics.StateWidth(name, Caption(state));
        if (state.Children.Count == 0)
        {
            return new NodeLayout(NodeKind.State, state, titleWidth, LayoutMetrics.StateHeight);
        }

        var lanes = new List<(string Caption, GraphLayout Graph, double Width, double Height)>();
        double lanesWidth = 0;
        double lanesHeight = 0;
        for (int i = 0; i < state.Children.Count; i++)
        {
            GraphLayout graph = GraphLayouter.Layout(state.Children[i]);
            double width = graph.Bounds.Width + 2 * LayoutMetrics.LanePadding;
            double height = LayoutMetrics.LaneCaption + graph.Bounds.Height + LayoutMetrics.LanePadding;
            string caption = LaneCaption(state, i);
            width = Math.Max(width, LayoutMetrics.LabelWidth(caption) + 2 * LayoutMetrics.LanePadding);
            lanes.Add((caption, graph, width, height));
            lanesWidth += width + (i > 0 ? LayoutMetrics.LaneSpacing : 0);
            lanesHeight = Math.Max(lanesHeight, height);
        }

        double boxWidth = Math.Max(titleWidth, lanesWidth + 2 * LayoutMetrics.ContainerPadding);
        double boxHeight = LayoutMetrics.ContainerHeader + lanesHeight + LayoutMetrics.ContainerPadding;
        var node = new NodeLayout(NodeKind.State, state, boxWidth, boxHeight);
        var placed = new List<LaneLayout>();
        double x = (boxWidth - lanesWidth) / 2;
        foreach ((string caption, GraphLayout graph, double width, double height) in lanes)
        {
            var laneBox = new Rect(x, LayoutMetrics.ContainerHeader, width, lanesHeight);
            graph.Offset(x + (width - graph.Bounds.Width) / 2, LayoutMetrics.ContainerHeader + LayoutMetrics.LaneCaption);
            placed.Add(new LaneLayout(caption, graph, laneBox));
            x += width + LayoutMetrics.LaneSpacing;
        }

        node.Lanes = placed;
        return node;
    }

    /// <summary>The small second line of a state box.</summary>
    public static string Caption(StateNode state) => state.Type switch
    {
        StateType.Unknown => state.TypeName,
        StateType.Map when state.MapMode == "DISTRIBUTED" => "Map (distributed)",
        StateType.Parallel => "Parallel \u00b7 " + state.Children.Count.ToString(CultureInfo.InvariantCulture) + (state.Children.Count == 1 ? " branch" : " branches"),
        _ => state.Type.ToString(),
    };

    private static string LaneCaption(StateNode state, int index) => state.Children[index].Role switch
    {
        NestedGraphRole.Branch => "Branch " + (index + 1).ToString(CultureInfo.InvariantCulture),
        NestedGraphRole.Iterator => "Iterator",
        _ => "Item processor",
    };
}
