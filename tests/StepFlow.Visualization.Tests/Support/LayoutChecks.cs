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

    /// <summary>No edge runs through a box other than its own two ends, nor through another edge's label.</summary>
    public static void AssertEdgesAvoidBoxes(GraphLayout graph, string context)
    {
        foreach (EdgeLayout edge in graph.Edges)
        {
            foreach (Point point in Sample(edge))
            {
                foreach (NodeLayout node in graph.Nodes)
                {
                    if (node != edge.From && node != edge.To && Inside(node.Box, point))
                    {
                        Assert.Fail($"{context}: edge {edge.From.State?.Name ?? "start"} -> {edge.To.State?.Name ?? "end"} crosses '{node.State?.Name ?? node.Kind.ToString()}' at {point}");
                    }
                }

                foreach (EdgeLayout other in graph.Edges)
                {
                    if (other != edge && other.LabelBox is Rect label && Inside(label, point))
                    {
                        Assert.Fail($"{context}: edge {edge.From.State?.Name} -> {edge.To.State?.Name} crosses label '{other.Label}'");
                    }
                }
            }
        }

        foreach (NodeLayout node in graph.Nodes)
        {
            foreach (LaneLayout lane in node.Lanes)
            {
                AssertEdgesAvoidBoxes(lane.Graph, context + " > " + node.State?.Name + "/" + lane.Caption);
            }
        }
    }

    /// <summary>Points along the drawn path: straight segments and the S-curves exactly as the SVG draws them.</summary>
    private static IEnumerable<Point> Sample(EdgeLayout edge)
    {
        IReadOnlyList<Point> p = edge.Points;
        if (edge.IsSelfLoop)
        {
            for (int k = 0; k <= 20; k++)
            {
                yield return Bezier(p[0], p[1], p[2], p[3], k / 20.0);
            }

            yield break;
        }

        for (int i = 0; i + 1 < p.Count; i++)
        {
            double middle = (p[i].Y + p[i + 1].Y) / 2;
            for (int k = 0; k <= 20; k++)
            {
                double t = k / 20.0;
                yield return i % 2 == 0
                    ? new Point(p[i].X + (p[i + 1].X - p[i].X) * t, p[i].Y + (p[i + 1].Y - p[i].Y) * t)
                    : Bezier(p[i], new Point(p[i].X, middle), new Point(p[i + 1].X, middle), p[i + 1], t);
            }
        }
    }

    private static Point Bezier(Point a, Point b, Point c, Point d, double t)
    {
        double u = 1 - t;
        return new Point(
            u * u * u * a.X + 3 * u * u * t * b.X + 3 * u * t * t * c.X + t * t * t * d.X,
            u * u * u * a.Y + 3 * u * u * t * b.Y + 3 * u * t * t * c.Y + t * t * t * d.Y);
    }

    private static bool Inside(Rect box, Point point) =>
        point.X > box.X + 0.5 && point.X < box.Right - 0.5 && point.Y > box.Y + 0.5 && point.Y < box.Bottom - 0.5;

    private static bool Touches(Rect box, Point point) =>
        point.X >= box.X - 0.01 && point.X <= box.Right + 0.01 && point.Y >= box.Y - 0.01 && point.Y <= box.Bottom + 0.01;
}
