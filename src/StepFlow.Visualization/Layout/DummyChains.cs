using System.Collections.Generic;

namespace StepFlow.Visualization.Layout;

/// <summary>Splits every edge into one-layer steps through dummy vertices and builds the layers.</summary>
internal static class DummyChains
{
    public static void Build(LayeredGraph graph)
    {
        int realCount = graph.Vertices.Count;
        foreach (LayeredEdge edge in graph.Edges)
        {
            LayeredVertex previous = edge.Top;
            edge.Chain.Add(previous);
            for (int rank = edge.Top.Rank + 1; rank < edge.Bottom.Rank; rank++)
            {
                bool carriesLabel = rank == edge.Top.Rank + 1 && edge.LabelWidth > 0;
                LayeredVertex dummy = graph.AddVertex(
                    carriesLabel ? edge.LabelWidth : LayoutMetrics.LaneWidth,
                    carriesLabel ? LayoutMetrics.LabelHeight : 0,
                    node: null);
                dummy.Rank = rank;
                dummy.LabelOf = carriesLabel ? edge : null;
                Link(previous, dummy);
                edge.Chain.Add(dummy);
                previous = dummy;
            }

            Link(previous, edge.Bottom);
            edge.Chain.Add(edge.Bottom);
            edge.Top.ChainsOut.Add(edge);
            edge.Bottom.ChainsIn.Add(edge);
        }

        BuildLayers(graph, realCount);
    }

    private static void Link(LayeredVertex upper, LayeredVertex lower)
    {
        upper.Down.Add(lower);
        lower.Up.Add(upper);
    }

    /// <summary>Initial order: breadth-first from the top layer, so children start under their parents.</summary>
    private static void BuildLayers(LayeredGraph graph, int realCount)
    {
        int maxRank = 0;
        foreach (LayeredVertex vertex in graph.Vertices)
        {
            maxRank = System.Math.Max(maxRank, vertex.Rank);
        }

        for (int rank = 0; rank <= maxRank; rank++)
        {
            graph.Layers.Add([]);
        }

        var placed = new bool[graph.Vertices.Count];
        for (int i = 0; i < realCount; i++)
        {
            LayeredVertex vertex = graph.Vertices[i];
            if (vertex.Rank == 0)
            {
                Place(graph, vertex, placed);
            }
        }

        for (int rank = 0; rank < maxRank; rank++)
        {
            foreach (LayeredVertex vertex in graph.Layers[rank].ToArray())
            {
                foreach (LayeredVertex lower in vertex.Down)
                {
                    if (!placed[lower.Index] && lower.Rank == rank + 1)
                    {
                        Place(graph, lower, placed);
                    }
                }
            }

            // Vertices with nothing above them in the previous layer (sources, targets of upward edges).
            foreach (LayeredVertex vertex in graph.Vertices)
            {
                if (!placed[vertex.Index] && vertex.Rank == rank + 1)
                {
                    Place(graph, vertex, placed);
                }
            }
        }
    }

    private static void Place(LayeredGraph graph, LayeredVertex vertex, bool[] placed)
    {
        List<LayeredVertex> layer = graph.Layers[vertex.Rank];
        vertex.Order = layer.Count;
        layer.Add(vertex);
        placed[vertex.Index] = true;
    }
}
