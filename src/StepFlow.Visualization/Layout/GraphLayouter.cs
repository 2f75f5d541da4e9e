using System;
using System.Collections.Generic;
using StepFlow.Visualization.Definition;

namespace StepFlow.Visualization.Layout;

/// <summary>
/// Lays out one state machine top to bottom (layered drawing: break cycles, assign layers, order layers to reduce
/// crossings, place horizontally, route edges). Nested machines are laid out first by <see cref="NodeSizer"/>.
/// The result has its origin at (0, 0).
/// </summary>
internal static class GraphLayouter
{
    public static GraphLayout Layout(WorkflowGraph graph)
    {
        List<NodeLayout> nodes = CreateNodes(graph, out NodeLayout? endMarker);
        List<EdgeLayout> edges = CreateEdges(graph, nodes, endMarker);

        var layered = new LayeredGraph();
        var selfLoopReserve = new double[nodes.Count];
        foreach (EdgeLayout edge in edges)
        {
            if (edge.IsSelfLoop)
            {
                int index = nodes.IndexOf(edge.From);
                double labelWidth = edge.Label is null ? 0 : LayoutMetrics.LabelWidth(edge.Label);
                selfLoopReserve[index] = Math.Max(selfLoopReserve[index], LayoutMetrics.SelfLoopReach + labelWidth + 4);
            }
        }

        for (int i = 0; i < nodes.Count; i++)
        {
            layered.AddVertex(nodes[i].Box.Width + 2 * selfLoopReserve[i], nodes[i].Box.Height, nodes[i]);
        }

        var outgoing = new Dictionary<LayeredVertex, List<LayeredEdge>>();
        foreach (LayeredVertex vertex in layered.Vertices)
        {
            outgoing[vertex] = [];
        }

        foreach (EdgeLayout edge in edges)
        {
            if (edge.IsSelfLoop)
            {
                continue;
            }

            var layeredEdge = new LayeredEdge(
                edge,
                layered.Vertices[nodes.IndexOf(edge.From)],
                layered.Vertices[nodes.IndexOf(edge.To)],
                edge.Label is null ? 0 : LayoutMetrics.LabelWidth(edge.Label));
            layered.Edges.Add(layeredEdge);
            outgoing[layeredEdge.From].Add(layeredEdge);
        }

        CycleBreaker.ReverseBackEdges(layered, outgoing);
        RankAssigner.Assign(layered, endMarker is null ? null : layered.Vertices[^1]);
        DummyChains.Build(layered);
        LayerOrderer.Order(layered);
        HorizontalPlacer.Place(layered);
        (double Top, double Bottom)[] bands = PlaceVertically(layered, out double height);
        double width = 0;
        foreach (LayeredVertex vertex in layered.Vertices)
        {
            width = Math.Max(width, vertex.X + vertex.Width / 2);
        }

        EdgeRouter.Route(layered, bands, edges);
        return new GraphLayout(graph, new Rect(0, 0, width, height), nodes, edges);
    }

    private static List<NodeLayout> CreateNodes(WorkflowGraph graph, out NodeLayout? endMarker)
    {
        var nodes = new List<NodeLayout> { new(NodeKind.Start, null, LayoutMetrics.MarkerSize, LayoutMetrics.MarkerSize) };
        bool anyTerminal = false;
        foreach (StateNode state in graph.States)
        {
            nodes.Add(NodeSizer.Create(state));
            anyTerminal |= state.IsTerminal;
        }

        endMarker = anyTerminal ? new NodeLayout(NodeKind.End, null, LayoutMetrics.MarkerSize, LayoutMetrics.MarkerSize) : null;
        if (endMarker is not null)
        {
            nodes.Add(endMarker);
        }

        return nodes;
    }

    private static List<EdgeLayout> CreateEdges(WorkflowGraph graph, List<NodeLayout> nodes, NodeLayout? endMarker)
    {
        var edges = new List<EdgeLayout> { new(EdgeKind.Start, -1, nodes[0], nodes[graph.StartAt + 1], null, null) };
        for (int i = 0; i < graph.Transitions.Count; i++)
        {
            Transition t = graph.Transitions[i];
            EdgeKind kind = t.Kind switch
            {
                TransitionKind.Choice => EdgeKind.Choice,
                TransitionKind.Default => EdgeKind.Default,
                TransitionKind.Catch => EdgeKind.Catch,
                _ => EdgeKind.Next,
            };
            edges.Add(new EdgeLayout(kind, i, nodes[t.From + 1], nodes[t.To + 1], t.Label, t.Detail));
        }

        if (endMarker is not null)
        {
            for (int i = 0; i < graph.States.Count; i++)
            {
                if (graph.States[i].IsTerminal)
                {
                    edges.Add(new EdgeLayout(EdgeKind.End, -1, nodes[i + 1], endMarker, null, null));
                }
            }
        }

        return edges;
    }

    /// <summary>Each layer is a horizontal band as tall as its tallest vertex; vertices are centred in their band.</summary>
    private static (double Top, double Bottom)[] PlaceVertically(LayeredGraph layered, out double height)
    {
        var bands = new (double Top, double Bottom)[layered.Layers.Count];
        double y = 0;
        for (int rank = 0; rank < layered.Layers.Count; rank++)
        {
            double band = 0;
            foreach (LayeredVertex vertex in layered.Layers[rank])
            {
                band = Math.Max(band, vertex.Height);
            }

            bands[rank] = (y, y + band);
            foreach (LayeredVertex vertex in layered.Layers[rank])
            {
                vertex.Node?.Offset(vertex.X - vertex.Node.Box.Width / 2, y + (band - vertex.Height) / 2);
            }

            y += band + (rank + 1 < layered.Layers.Count ? LayoutMetrics.RankGap : 0);
        }

        height = y;
        return bands;
    }
}
