using System.Collections.Generic;

namespace StepFlow.Visualization.Layout;

/// <summary>
/// The working graph of the layered (Sugiyama) layout. Vertices are the graph's nodes plus dummy vertices that give
/// long edges and edge labels their own slot in every layer they cross; each edge becomes a chain of vertices
/// running downwards.
/// </summary>
internal sealed class LayeredGraph
{
    public List<LayeredVertex> Vertices { get; } = [];

    public List<LayeredEdge> Edges { get; } = [];

    public List<List<LayeredVertex>> Layers { get; } = [];

    public LayeredVertex AddVertex(double width, double height, NodeLayout? node)
    {
        var vertex = new LayeredVertex(Vertices.Count, width, height, node);
        Vertices.Add(vertex);
        return vertex;
    }
}

/// <summary>A vertex of <see cref="LayeredGraph"/>; <see cref="Node"/> is null for dummies.</summary>
internal sealed class LayeredVertex(int index, double width, double height, NodeLayout? node)
{
    public int Index { get; } = index;

    public double Width { get; set; } = width;

    public double Height { get; } = height;

    public NodeLayout? Node { get; } = node;

    public bool IsDummy => Node is null;

    /// <summary>The edge whose label this dummy carries.</summary>
    public LayeredEdge? LabelOf { get; set; }

    public int Rank { get; set; }

    public int Order { get; set; }

    /// <summary>Horizontal centre.</summary>
    public double X { get; set; }

    public List<LayeredVertex> Up { get; } = [];

    public List<LayeredVertex> Down { get; } = [];

    /// <summary>Edges whose chains start here (out) or end here (in), in layout direction; self-loops excluded.</summary>
    public List<LayeredEdge> ChainsOut { get; } = [];

    public List<LayeredEdge> ChainsIn { get; } = [];
}

/// <summary>An edge of the layout, with the chain of vertices it runs through from top to bottom.</summary>
internal sealed class LayeredEdge(EdgeLayout edge, LayeredVertex from, LayeredVertex to, double labelWidth)
{
    public EdgeLayout Edge { get; } = edge;

    /// <summary>Source in the definition's direction.</summary>
    public LayeredVertex From { get; } = from;

    /// <summary>Target in the definition's direction.</summary>
    public LayeredVertex To { get; } = to;

    public double LabelWidth { get; } = labelWidth;

    /// <summary>True when the edge points upwards and is laid out reversed to keep the graph acyclic.</summary>
    public bool Reversed { get; set; }

    public LayeredVertex Top => Reversed ? To : From;

    public LayeredVertex Bottom => Reversed ? From : To;

    public List<LayeredVertex> Chain { get; } = [];
}
