using System;
using System.Collections.Generic;

namespace StepFlow.Visualization.Layout;

/// <summary>
/// Assigns layers by longest path from the sources. Every edge spans at least two layers, so real nodes sit on even
/// layers and each edge owns a dummy on the odd layer below its source, where its label goes.
/// </summary>
internal static class RankAssigner
{
    public static void Assign(LayeredGraph graph, LayeredVertex? endMarker)
    {
        var incoming = new int[graph.Vertices.Count];
        var below = new List<LayeredVertex>[graph.Vertices.Count];
        for (int i = 0; i < below.Length; i++)
        {
            below[i] = [];
        }

        foreach (LayeredEdge edge in graph.Edges)
        {
            incoming[edge.Bottom.Index]++;
            below[edge.Top.Index].Add(edge.Bottom);
        }

        // Kahn's algorithm with a queue kept in vertex order, so equal inputs give equal layers.
        var ready = new SortedSet<int>();
        for (int i = 0; i < incoming.Length; i++)
        {
            if (incoming[i] == 0)
            {
                ready.Add(i);
            }
        }

        while (ready.Count > 0)
        {
            int index = ready.Min;
            ready.Remove(index);
            LayeredVertex vertex = graph.Vertices[index];
            foreach (LayeredVertex next in below[index])
            {
                next.Rank = Math.Max(next.Rank, vertex.Rank + 2);
                if (--incoming[next.Index] == 0)
                {
                    ready.Add(next.Index);
                }
            }
        }

        if (endMarker is not null)
        {
            int deepest = 0;
            foreach (LayeredVertex vertex in graph.Vertices)
            {
                if (vertex != endMarker)
                {
                    deepest = Math.Max(deepest, vertex.Rank);
                }
            }

            endMarker.Rank = deepest + 2;
        }
    }
}
