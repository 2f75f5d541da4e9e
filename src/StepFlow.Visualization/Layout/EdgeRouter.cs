using System;
using System.Collections.Generic;

namespace StepFlow.Visualization.Layout;

/// <summary>
/// Routes every edge through its chain of layer slots: straight down inside each band (where the slot is reserved
/// for it, so it cannot cross a box) and an S-curve across each gap between bands (where there are no boxes).
/// Edges leave a node's bottom and enter a node's top at ports spread along the side in the order of their
/// neighbours, which keeps fan-outs from a Choice apart.
/// </summary>
internal static class EdgeRouter
{
    private const double MaxPortSpacing = 16;
    private const double PortMargin = 10;

    public static void Route(LayeredGraph graph, (double Top, double Bottom)[] bands, List<EdgeLayout> edges)
    {
        var outPorts = new Dictionary<LayeredEdge, double>();
        var inPorts = new Dictionary<LayeredEdge, double>();
        foreach (LayeredVertex vertex in graph.Vertices)
        {
            if (vertex.Node is not null)
            {
                AssignPorts(vertex, vertex.ChainsOut, chain => chain[1].X, outPorts);
                AssignPorts(vertex, vertex.ChainsIn, chain => chain[^2].X, inPorts);
            }
        }

        foreach (LayeredEdge edge in graph.Edges)
        {
            var points = new List<Point>();
            LayeredVertex top = edge.Top;
            LayeredVertex bottom = edge.Bottom;
            double outX = outPorts[edge];
            points.Add(new Point(outX, top.Node!.Box.Bottom));
            points.Add(new Point(outX, bands[top.Rank].Bottom));
            for (int i = 1; i < edge.Chain.Count - 1; i++)
            {
                LayeredVertex dummy = edge.Chain[i];
                (double bandTop, double bandBottom) = bands[dummy.Rank];
                points.Add(new Point(dummy.X, bandTop));
                points.Add(new Point(dummy.X, bandBottom));
                if (dummy.LabelOf == edge)
                {
                    edge.Edge.LabelBox = new Rect(dummy.X - dummy.Width / 2, (bandTop + bandBottom - dummy.Height) / 2, dummy.Width, dummy.Height);
                }
            }

            double inX = inPorts[edge];
            points.Add(new Point(inX, bands[bottom.Rank].Top));
            points.Add(new Point(inX, bottom.Node!.Box.Y));
            if (edge.Reversed)
            {
                points.Reverse();
            }

            edge.Edge.Points = points;
        }

        foreach (EdgeLayout edge in edges)
        {
            if (edge.IsSelfLoop)
            {
                RouteSelfLoop(edge);
            }
        }
    }

    private static void AssignPorts(LayeredVertex vertex, List<LayeredEdge> chains, Func<List<LayeredVertex>, double> neighbourX, Dictionary<LayeredEdge, double> ports)
    {
        var sorted = new List<LayeredEdge>(chains);
        sorted.Sort((a, b) =>
        {
            int byX = neighbourX(a.Chain).CompareTo(neighbourX(b.Chain));
            return byX != 0 ? byX : chains.IndexOf(a).CompareTo(chains.IndexOf(b));
        });

        Rect box = vertex.Node!.Box;
        double spacing = sorted.Count < 2 || vertex.Node.Kind != NodeKind.State
            ? 0
            : Math.Min(MaxPortSpacing, (box.Width - 2 * PortMargin) / (sorted.Count - 1));
        double centre = box.X + box.Width / 2;
        for (int i = 0; i < sorted.Count; i++)
        {
            ports[sorted[i]] = centre + (i - (sorted.Count - 1) / 2.0) * spacing;
        }
    }

    private static void RouteSelfLoop(EdgeLayout edge)
    {
        Rect box = edge.From.Box;
        double middle = box.Y + box.Height / 2;
        double reach = LayoutMetrics.SelfLoopReach;
        edge.Points =
        [
            new Point(box.Right, middle - 8),
            new Point(box.Right + reach, middle - 16),
            new Point(box.Right + reach, middle + 16),
            new Point(box.Right, middle + 8),
        ];
        if (edge.Label is not null)
        {
            edge.LabelBox = new Rect(box.Right + reach + 2, middle - LayoutMetrics.LabelHeight / 2, LayoutMetrics.LabelWidth(edge.Label), LayoutMetrics.LabelHeight);
        }
    }
}
