using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StepFlow.Visualization.Definition;
using StepFlow.Visualization.History;
using StepFlow.Visualization.Layout;

namespace StepFlow.Visualization.Rendering;

/// <summary>
/// Writes the self-contained HTML page: inline CSS and script (no network), the SVG, and the click-through data as
/// an inert JSON block. A Content-Security-Policy allows only the page's own script and style (by hash), so even a
/// payload that slipped past escaping could not run or load anything.
/// </summary>
internal static class HtmlPageWriter
{
    public static string Write(WorkflowDefinition definition, GraphLayout layout, ExecutionTrace? trace)
    {
        DiagramOverlay? overlay = trace is null ? null : OverlayBuilder.Build(trace);
        Dictionary<StateNode, StateOutcome>? outcomes = null;
        if (overlay is not null)
        {
            outcomes = [];
            foreach (StateNode state in definition.AllStates)
            {
                outcomes[state] = overlay.OutcomeOf(state);
            }
        }

        string css = EmbeddedAssets.DiagramCss + EmbeddedAssets.ReportCss;
        string script = EmbeddedAssets.ReportJs;
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src '")
            .Append(Sha256(css)).Append("'; script-src '").Append(Sha256(script)).Append("'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .AppendEscaped(trace is null ? "Workflow diagram" : "Execution report: " + trace.Status).Append("</title>\n")
            .Append("<style>").Append(css).Append("</style>\n</head>\n<body>\n");
        WriteHeader(html, definition, trace);
        html.Append("<main class=\"sf-main\">\n<section class=\"sf-canvas\" id=\"sf-canvas\" aria-label=\"Workflow diagram\">\n")
            .Append("<div class=\"sf-zoom\"><button type=\"button\" data-zoom=\"out\" title=\"Zoom out\">\u2212</button>")
            .Append("<button type=\"button\" data-zoom=\"reset\" title=\"Actual size\">100%</button>")
            .Append("<button type=\"button\" data-zoom=\"in\" title=\"Zoom in\">+</button></div>\n");
        html.Append(SvgRenderer.Render(layout, overlay, standalone: false));
        html.Append("</section>\n<aside class=\"sf-panel\" id=\"sf-panel\" aria-live=\"polite\"><p class=\"sf-hint\">Click a state to see ")
            .Append(trace is null ? "its definition" : "its input, output, retries and timings").Append(".</p></aside>\n</main>\n");
        html.Append("<script type=\"application/json\" id=\"sf-data\">").Append(ReportDataWriter.Write(definition, trace, outcomes)).Append("</script>\n");
        html.Append("<script>").Append(script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteHeader(StringBuilder html, WorkflowDefinition definition, ExecutionTrace? trace)
    {
        html.Append("<header class=\"sf-header\">\n<h1>").AppendEscaped(trace is null ? "Workflow diagram" : "Execution report").Append("</h1>\n");
        if (definition.Comment is not null)
        {
            html.Append("<p class=\"sf-comment\">").AppendEscaped(definition.Comment).Append("</p>\n");
        }

        if (trace is not null)
        {
            html.Append("<dl class=\"sf-summary\">");
            Term(html, "Status", trace.Status, "sf-status sf-status-" + trace.Status.ToLowerInvariant());
            if (trace.Started is DateTimeOffset started)
            {
                Term(html, "Started", started.ToString("yyyy-MM-dd HH:mm:ss.fff 'UTC'", CultureInfo.InvariantCulture), null);
            }

            if (trace.Started is DateTimeOffset from && trace.Stopped is DateTimeOffset to)
            {
                Term(html, "Duration", Duration(to - from), null);
            }

            Term(html, "Events", trace.EventCount.ToString("N0", CultureInfo.InvariantCulture), null);
            Term(html, "States entered", trace.Runs.Count.ToString("N0", CultureInfo.InvariantCulture), null);
            if (trace.Error is not null)
            {
                Term(html, "Error", trace.Error, "sf-error");
            }

            if (trace.Cause is not null)
            {
                Term(html, "Cause", ReportDataWriter.Shorten(trace.Cause, 600), "sf-cause");
            }

            html.Append("</dl>\n");
            if (trace.FailedRun is StateRun failed)
            {
                html.Append("<p class=\"sf-failed-at\">Failed at <button type=\"button\" class=\"sf-link\" data-select=\"")
                    .Append(failed.State.Id.ToString(CultureInfo.InvariantCulture)).Append("\">").AppendEscaped(failed.State.Name).Append("</button>");
                if (failed.Location.Length > 0)
                {
                    html.Append(" <span class=\"sf-location\">(").AppendEscaped(failed.Location).Append(")</span>");
                }

                html.Append("</p>\n");
            }

            html.Append("<ul class=\"sf-legend\">");
            foreach (StateOutcome outcome in Enum.GetValues<StateOutcome>())
            {
                html.Append("<li><span class=\"sf-swatch sf-swatch-").Append(ReportDataWriter.Name(outcome)).Append("\"></span>")
                    .Append(SvgRenderer.OutcomeText(outcome)).Append("</li>");
            }

            html.Append("<li><span class=\"sf-swatch sf-swatch-path\"></span>path taken</li>")
                .Append("<li><span class=\"sf-swatch sf-swatch-catch\"></span>catch</li></ul>\n");
        }

        foreach (string warning in definition.Warnings)
        {
            html.Append("<p class=\"sf-warning\">").AppendEscaped(warning).Append("</p>\n");
        }

        html.Append("</header>\n");
    }

    private static void Term(StringBuilder html, string term, string value, string? cssClass)
    {
        html.Append("<div><dt>").Append(term).Append("</dt><dd");
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(cssClass).Append('"');
        }

        html.Append('>').AppendEscaped(value).Append("</dd></div>");
    }

    internal static string Duration(TimeSpan span) => span.TotalSeconds < 1
        ? span.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms"
        : span.TotalSeconds < 120 ? span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s"
        : span.ToString(@"d\.hh\:mm\:ss", CultureInfo.InvariantCulture);

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
