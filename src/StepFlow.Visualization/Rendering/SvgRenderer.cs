using System.Globalization;
using System.Text;
using StepFlow.Visualization.Definition;
using StepFlow.Visualization.Layout;

namespace StepFlow.Visualization.Rendering;

/// <summary>
/// Writes a laid-out diagram as SVG. Every text from the definition is escaped; no execution payload is ever written
/// into the SVG (the report keeps those in its JSON data block). Output depends only on the layout, so it is
/// byte-for-byte repeatable.
/// </summary>
internal static class SvgRenderer
{
    public static string Render(GraphLayout root, DiagramOverlay? overlay, bool standalone)
    {
        double width = root.Bounds.Width + 2 * LayoutMetrics.Margin;
        double height = root.Bounds.Height + 2 * LayoutMetrics.Margin;
        var svg = new StringBuilder(16 * 1024);
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sf-diagram\" width=\"").AppendNumber(width)
            .Append("\" height=\"").AppendNumber(height).Append("\" viewBox=\"0 0 ").AppendNumber(width).Append(' ').AppendNumber(height)
            .Append("\" font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\" font-size=\"12\">\n");
        if (standalone)
        {
            svg.Append("<style>").Append(EmbeddedAssets.DiagramCss).Append("</style>\n");
        }

        svg.Append("<defs><marker id=\"sf-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
            .Append("<path d=\"M0,0 L10,5 L0,10 z\" class=\"sf-arrow\"/></marker></defs>\n");
        svg.Append("<g transform=\"translate(").AppendNumber(LayoutMetrics.Margin).Append(',').AppendNumber(LayoutMetrics.Margin).Append(")\">\n");
        WriteGraph(svg, root, overlay);
        svg.Append("</g>\n</svg>\n");
        return svg.ToString();
    }

    private static void WriteGraph(StringBuilder svg, GraphLayout graph, DiagramOverlay? overlay)
    {
        svg.Append("<g class=\"sf-graph\">\n");
        for (int i = 0; i < graph.Edges.Count; i++)
        {
            WriteEdge(svg, graph.Edges[i], overlay is not null && overlay.IsTaken(graph, graph.Edges[i]));
        }

        foreach (NodeLayout node in graph.Nodes)
        {
            WriteNode(svg, node, overlay);
        }

        foreach (EdgeLayout edge in graph.Edges)
        {
            WriteEdgeLabel(svg, edge);
        }

        svg.Append("</g>\n");
    }

    private static void WriteEdge(StringBuilder svg, EdgeLayout edge, bool taken)
    {
        svg.Append("<g class=\"sf-edge sf-edge-").Append(KindClass(edge.Kind)).Append(taken ? " sf-taken" : string.Empty).Append("\">");
        if (edge.Detail is not null)
        {
            svg.Append("<title>").AppendEscaped(edge.Detail).Append("</title>");
        }

        string path = PathData(edge);
        svg.Append("<path class=\"sf-edge-line\" d=\"").Append(path).Append("\" marker-end=\"url(#sf-arrow)\"/>");
        if (taken)
        {
            svg.Append("<path class=\"sf-path-taken\" d=\"").Append(path).Append("\"/>");
        }

        svg.Append("</g>\n");
    }

    internal static string PathData(EdgeLayout edge)
    {
        var d = new StringBuilder();
        var points = edge.Points;
        d.Append('M').AppendNumber(points[0].X).Append(',').AppendNumber(points[0].Y);
        if (edge.IsSelfLoop)
        {
            d.Append(" C").AppendNumber(points[1].X).Append(',').AppendNumber(points[1].Y)
                .Append(' ').AppendNumber(points[2].X).Append(',').AppendNumber(points[2].Y)
                .Append(' ').AppendNumber(points[3].X).Append(',').AppendNumber(points[3].Y);
            return d.ToString();
        }

        for (int i = 0; i + 1 < points.Count; i++)
        {
            Point from = points[i];
            Point to = points[i + 1];
            if (i % 2 == 0)
            {
                if (from != to)
                {
                    d.Append(" L").AppendNumber(to.X).Append(',').AppendNumber(to.Y);
                }
            }
            else
            {
                double middle = (from.Y + to.Y) / 2;
                d.Append(" C").AppendNumber(from.X).Append(',').AppendNumber(middle)
                    .Append(' ').AppendNumber(to.X).Append(',').AppendNumber(middle)
                    .Append(' ').AppendNumber(to.X).Append(',').AppendNumber(to.Y);
            }
        }

        return d.ToString();
    }

    private static void WriteEdgeLabel(StringBuilder svg, EdgeLayout edge)
    {
        if (edge.Label is null || edge.LabelBox is not Rect box)
        {
            return;
        }

        svg.Append("<g class=\"sf-label sf-label-").Append(KindClass(edge.Kind)).Append("\">");
        if (edge.Detail is not null)
        {
            svg.Append("<title>").AppendEscaped(edge.Detail).Append("</title>");
        }

        svg.Append("<rect x=\"").AppendNumber(box.X).Append("\" y=\"").AppendNumber(box.Y).Append("\" width=\"").AppendNumber(box.Width)
            .Append("\" height=\"").AppendNumber(box.Height).Append("\" rx=\"3\"/>");
        svg.Append("<text x=\"").AppendNumber(box.X + box.Width / 2).Append("\" y=\"").AppendNumber(box.Y + box.Height - 4)
            .Append("\" text-anchor=\"middle\">").AppendEscaped(edge.Label).Append("</text></g>\n");
    }

    private static void WriteNode(StringBuilder svg, NodeLayout node, DiagramOverlay? overlay)
    {
        Rect box = node.Box;
        if (node.State is not StateNode state)
        {
            double r = box.Width / 2;
            svg.Append("<circle class=\"sf-marker sf-").Append(node.Kind == NodeKind.Start ? "start" : "end").Append("\" cx=\"").AppendNumber(box.X + r)
                .Append("\" cy=\"").AppendNumber(box.Y + r).Append("\" r=\"").AppendNumber(r).Append("\"/>\n");
            return;
        }

        StateOutcome? outcome = overlay?.OutcomeOf(state);
        svg.Append("<g class=\"sf-state sf-type-").Append(state.Type.ToString().ToLowerInvariant());
        if (outcome is StateOutcome o)
        {
            svg.Append(" sf-outcome-").Append(o.ToString().ToLowerInvariant());
        }

        svg.Append("\" data-state=\"").Append(state.Id.ToString(CultureInfo.InvariantCulture)).Append("\" tabindex=\"0\" role=\"button\">");
        svg.Append("<title>").AppendEscaped(state.Name).Append(" (").AppendEscaped(NodeSizer.Caption(state));
        if (outcome is StateOutcome titled)
        {
            svg.Append(": ").Append(OutcomeText(titled));
        }

        svg.Append(")</title>");
        svg.Append("<rect class=\"sf-box\" x=\"").AppendNumber(box.X).Append("\" y=\"").AppendNumber(box.Y).Append("\" width=\"").AppendNumber(box.Width)
            .Append("\" height=\"").AppendNumber(box.Height).Append("\" rx=\"").Append(state.Type == StateType.Choice ? "14" : "6").Append("\"/>");
        svg.Append("<text class=\"sf-name\" x=\"").AppendNumber(box.X + box.Width / 2).Append("\" y=\"").AppendNumber(box.Y + 20)
            .Append("\" text-anchor=\"middle\">").AppendEscaped(LabelText.Shorten(state.Name, LabelText.MaxStateLabelLength)).Append("</text>");
        svg.Append("<text class=\"sf-caption\" x=\"").AppendNumber(box.X + box.Width / 2).Append("\" y=\"").AppendNumber(box.Y + 35)
            .Append("\" text-anchor=\"middle\">").AppendEscaped(NodeSizer.Caption(state)).Append("</text>");
        if (overlay is not null && overlay.RunCounts.TryGetValue(state.Id, out int runs) && runs > 1)
        {
            svg.Append("<text class=\"sf-badge\" x=\"").AppendNumber(box.Right - 5).Append("\" y=\"").AppendNumber(box.Y + 10)
                .Append("\" text-anchor=\"end\">\u00d7").Append(runs.ToString(CultureInfo.InvariantCulture)).Append("</text>");
        }

        if (overlay is not null && overlay.RetryCounts.TryGetValue(state.Id, out int retries))
        {
            svg.Append("<text class=\"sf-badge sf-retries\" x=\"").AppendNumber(box.X + 7).Append("\" y=\"").AppendNumber(box.Y + 10)
                .Append("\">\u21bb").Append(retries.ToString(CultureInfo.InvariantCulture)).Append("</text>");
        }

        foreach (LaneLayout lane in node.Lanes)
        {
            Rect l = lane.Box;
            svg.Append("\n<g class=\"sf-lane\"><rect class=\"sf-lane-box\" x=\"").AppendNumber(l.X).Append("\" y=\"").AppendNumber(l.Y)
                .Append("\" width=\"").AppendNumber(l.Width).Append("\" height=\"").AppendNumber(l.Height).Append("\" rx=\"4\"/>");
            svg.Append("<text class=\"sf-lane-caption\" x=\"").AppendNumber(l.X + 6).Append("\" y=\"").AppendNumber(l.Y + 13).Append("\">")
                .AppendEscaped(lane.Caption).Append("</text>\n");
            WriteGraph(svg, lane.Graph, overlay);
            svg.Append("</g>");
        }

        svg.Append("</g>\n");
    }

    internal static string KindClass(EdgeKind kind) => kind.ToString().ToLowerInvariant();

    internal static string OutcomeText(StateOutcome outcome) => outcome switch
    {
        StateOutcome.NotReached => "not reached",
        StateOutcome.Succeeded => "succeeded",
        StateOutcome.Retried => "succeeded after retries",
        StateOutcome.Caught => "failed, caught",
        StateOutcome.Failed => "failed",
        _ => "unfinished",
    };
}
