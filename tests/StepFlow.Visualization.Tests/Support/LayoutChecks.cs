using System.Collections.Generic;
using StepFlow.Visualization.Layout;
using Xunit;

namespace StepFlow.Visualization.Tests.Support;

/// <summary>Geometric checks of a layout: boxes apart, nested boxes inside their parents, every edge routed.</summary>
internal static class LayoutChecks
{
    public static void AssertNoOverlaps(GraphLayout graph, string context)
    {
        var boxes = new List<(Rect Box, string What)>();
        foreach (NodeLayout node in graph.Nodes)
        {
            boxes.Add((node.Box, node.State?.Name ?? node.Kind.ToString()));
            foreach (LaneLayout lane in node.Lanes)
            {
                Assert.True(node.Box.Contains(lane.Box), $"{context}: lane '{lane.Caption}' sticks out of '{node.State?.Name}'");
                Assert.True(lane.Box.Contains(lane.Graph.Bounds), $"{context}: graph of lane '{lane.Caption}' sticks out of its lane");
                AssertNoOverlaps(lane.Graph, context + " > " + node.State?.Name + "/" + lane.Caption);
            }

            for (int i = 0; i + 1 < node.Lanes.Count; i++)
            {
                Assert.False(node.Lanes[i].Box.Overlaps(node.Lanes[i + 1].Box), $"{context}: lanes {i} and {i + 1} of '{node.State?.Name}' overlap");
            }
        }

        foreach (EdgeLayout edge in graph.Edges)
        {
            if (edge.LabelBox is Rect label)
            {
                boxes.Add((label, "label '" + edge.Label + "'"));
            }
        }

        for (int i = 0; i < boxes.Count; i++)
        {
            Assert.True(graph.Bounds.Contains(boxes[i].Box), $"{context}: {boxes[i].What} lies outside the graph bounds");
            for (int j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(boxes[i].Box.Overlaps(boxes[j].Box), $"{context}: {boxes[i].What} {boxes[i].Box} overlaps {boxes[j].What} {boxes[j].Box}");
            }
        }
    }

    /// <summary>Every transition has an edge whose route starts on its source box and ends on its target box.</summary>
    public static int AssertEveryEdgeRouted(GraphLayout graph, string context)
    {
        int count = 0;
        var transitionsSeen = new HashSet<int>();
        foreach (EdgeLayout edge in graph.Edges)
        {
            Assert.True(edge.Points.Count >= 2, $"{context}: edge {edge.From.State?.Name} -> {edge.To.State?.Name} has no route");
            Assert.True(Touches(edge.From.Box, edge.Points[0]), $"{context}: edge from {edge.From.State?.Name ?? "start"} does not start on its box");
            Assert.True(Touches(edge.To.Box, edge.Points[^1]), $"{context}: edge to {edge.To.State?.Name ?? "end"} does not end on its box");
            if (edge.TransitionIndex >= 0)
            {
                transitionsSeen.Add(edge.TransitionIndex);
            }

            count++;
        }

        Assert.Equal(graph.Source.Transitions.Count, transitionsSeen.Count);
        foreach (NodeLayout node in graph.Nodes)
        {
            foreach (LaneLayout lane in node.Lanes)
            {
                count += AssertEveryEdgeRouted(lane.Graph, context + " > " + lane.Caption);
            }
        }

        return count;
    }

    private static bool Touches(Rect box, Point point) =>
        point.X >= box.X - 0.01 && point.X <= box.Right + 0.01 && point.Y >= box.Y - 0.01 && point.Y <= box.Bottom + 0.01;
}
