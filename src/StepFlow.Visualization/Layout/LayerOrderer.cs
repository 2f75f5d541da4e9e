using System.Collections.Generic;
using System.Linq;

namespace StepFlow.Visualization.Layout;

/// <summary>
/// Reduces edge crossings with the barycenter heuristic: alternate downward and upward sweeps, each vertex moving
/// to the mean position of its neighbours in the layer just swept; the order with fewest crossings is kept.
/// </summary>
internal static class LayerOrderer
{
    private const int Sweeps = 12;

    public static void Order(LayeredGraph graph)
    {
        List<List<LayeredVertex>> layers = graph.Layers;
        int best = CountCrossings(layers);
        List<LayeredVertex>[] bestOrder = Snapshot(layers);
        for (int sweep = 0; sweep < Sweeps && best > 0; sweep++)
        {
            bool downwards = sweep % 2 == 0;
            if (downwards)
            {
                for (int rank = 1; rank < layers.Count; rank++)
                {
                    Reorder(layers[rank], useUpperNeighbours: true);
                }
            }
            else
            {
                for (int rank = layers.Count - 2; rank >= 0; rank--)
                {
                    Reorder(layers[rank], useUpperNeighbours: false);
                }
            }

            int crossings = CountCrossings(layers);
            if (crossings < best)
            {
                best = crossings;
                bestOrder = Snapshot(layers);
            }
        }

        for (int rank = 0; rank < layers.Count; rank++)
        {
            layers[rank].Clear();
            layers[rank].AddRange(bestOrder[rank]);
            Renumber(layers[rank]);
        }
    }

    private static void Reorder(List<LayeredVertex> layer, bool useUpperNeighbours)
    {
        var keyed = new List<(double Key, int Order, LayeredVertex Vertex)>(layer.Count);
        foreach (LayeredVertex vertex in layer)
        {
            List<LayeredVertex> neighbours = useUpperNeighbours ? vertex.Up : vertex.Down;
            double key = neighbours.Count == 0 ? vertex.Order : neighbours.Average(n => (double)n.Order);
            keyed.Add((key, vertex.Order, vertex));
        }

        // Stable: ties keep their current relative order.
        keyed.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Order.CompareTo(b.Order));
        layer.Clear();
        layer.AddRange(keyed.Select(k => k.Vertex));
        Renumber(layer);
    }

    private static void Renumber(List<LayeredVertex> layer)
    {
        for (int i = 0; i < layer.Count; i++)
        {
            layer[i].Order = i;
        }
    }

    private static List<LayeredVertex>[] Snapshot(List<List<LayeredVertex>> layers) => layers.Select(l => new List<LayeredVertex>(l)).ToArray();

    internal static int CountCrossings(List<List<LayeredVertex>> layers)
    {
        int crossings = 0;
        var segments = new List<(int Upper, int Lower)>();
        for (int rank = 0; rank + 1 < layers.Count; rank++)
        {
            segments.Clear();
            foreach (LayeredVertex upper in layers[rank])
            {
                foreach (LayeredVertex lower in upper.Down)
                {
                    segments.Add((upper.Order, lower.Order));
                }
            }

            for (int i = 0; i < segments.Count; i++)
            {
                for (int j = i + 1; j < segments.Count; j++)
                {
                    if ((segments[i].Upper - segments[j].Upper) * (segments[i].Lower - segments[j].Lower) < 0)
                    {
                        crossings++;
                    }
                }
            }
        }

        return crossings;
    }
}
