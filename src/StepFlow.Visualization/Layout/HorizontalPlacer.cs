using System;
using System.Collections.Generic;

namespace StepFlow.Visualization.Layout;

/// <summary>
/// Places vertices horizontally. Each pass moves every vertex of a layer as close as possible (least squares) to the
/// mean of its neighbours' centres while keeping the layer's order and minimum gaps; that constrained fit is
/// solved exactly by pool-adjacent-violators, so no two boxes of a layer can ever overlap.
/// </summary>
internal static class HorizontalPlacer
{
    private const int Passes = 8;

    public static void Place(LayeredGraph graph)
    {
        foreach (List<LayeredVertex> layer in graph.Layers)
        {
            double[] offsets = Offsets(layer);
            for (int i = 0; i < layer.Count; i++)
            {
                layer[i].X = offsets[i];
            }
        }

        for (int pass = 0; pass < Passes; pass++)
        {
            bool downwards = pass % 2 == 0;
            for (int step = 1; step < graph.Layers.Count; step++)
            {
                int rank = downwards ? step : graph.Layers.Count - 1 - step;
                Fit(graph.Layers[rank], v => downwards ? v.Up : v.Down, null);
            }
        }

        foreach (List<LayeredVertex> layer in graph.Layers)
        {
            Fit(layer, v => v.Up, v => v.Down);
        }

        Normalize(graph);
    }

    private static void Fit(List<LayeredVertex> layer, Func<LayeredVertex, List<LayeredVertex>> first, Func<LayeredVertex, List<LayeredVertex>>? second)
    {
        if (layer.Count == 0)
        {
            return;
        }

        double[] offsets = Offsets(layer);
        var targets = new double[layer.Count];
        for (int i = 0; i < layer.Count; i++)
        {
            targets[i] = DesiredCentre(layer[i], first, second) - offsets[i];
        }

        double[] fitted = PoolAdjacentViolators(targets);
        for (int i = 0; i < layer.Count; i++)
        {
            layer[i].X = fitted[i] + offsets[i];
        }
    }

    private static double DesiredCentre(LayeredVertex vertex, Func<LayeredVertex, List<LayeredVertex>> first, Func<LayeredVertex, List<LayeredVertex>>? second)
    {
        double sum = 0;
        int count = 0;
        foreach (LayeredVertex n in first(vertex))
        {
            sum += n.X;
            count++;
        }

        if (second is not null)
        {
            foreach (LayeredVertex n in second(vertex))
            {
                sum += n.X;
                count++;
            }
        }

        return count == 0 ? vertex.X : sum / count;
    }

    /// <summary>Cumulative minimum centre-to-centre distances from the first vertex of the layer.</summary>
    private static double[] Offsets(List<LayeredVertex> layer)
    {
        var offsets = new double[layer.Count];
        for (int i = 1; i < layer.Count; i++)
        {
            LayeredVertex left = layer[i - 1];
            LayeredVertex right = layer[i];
            double gap = left.IsDummy || right.IsDummy ? LayoutMetrics.LaneGap : LayoutMetrics.NodeGap;
            offsets[i] = offsets[i - 1] + (left.Width + right.Width) / 2 + gap;
        }

        return offsets;
    }

    /// <summary>The non-decreasing sequence closest (least squares) to <paramref name="targets"/>.</summary>
    internal static double[] PoolAdjacentViolators(double[] targets)
    {
        var means = new List<double>(targets.Length);
        var sizes = new List<int>(targets.Length);
        foreach (double target in targets)
        {
            double mean = target;
            int size = 1;
            while (means.Count > 0 && means[^1] > mean)
            {
                int previousSize = sizes[^1];
                mean = (means[^1] * previousSize + mean * size) / (previousSize + size);
                size += previousSize;
                means.RemoveAt(means.Count - 1);
                sizes.RemoveAt(sizes.Count - 1);
            }

            means.Add(mean);
            sizes.Add(size);
        }

        var result = new double[targets.Length];
        int position = 0;
        for (int block = 0; block < means.Count; block++)
        {
            for (int k = 0; k < sizes[block]; k++)
            {
                result[position++] = means[block];
            }
        }

        return result;
    }

    private static void Normalize(LayeredGraph graph)
    {
        double left = double.MaxValue;
        foreach (LayeredVertex vertex in graph.Vertices)
        {
            left = Math.Min(left, vertex.X - vertex.Width / 2);
        }

        foreach (LayeredVertex vertex in graph.Vertices)
        {
            // Whole-unit left edges: exact arithmetic for containment checks and short SVG numbers.
            vertex.X = Math.Round(vertex.X - vertex.Width / 2 - left, MidpointRounding.AwayFromZero) + vertex.Width / 2;
        }
    }
}
