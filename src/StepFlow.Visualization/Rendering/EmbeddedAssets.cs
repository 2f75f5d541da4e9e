using System;
using System.IO;

namespace StepFlow.Visualization.Rendering;

/// <summary>The stylesheet and script of the report, kept as real files in the source tree and embedded at build.</summary>
internal static class EmbeddedAssets
{
    private static readonly Lazy<string> Diagram = new(() => Load("diagram.css"));
    private static readonly Lazy<string> Report = new(() => Load("report.css"));
    private static readonly Lazy<string> Script = new(() => Load("report.js"));

    /// <summary>Colours and strokes of the diagram itself (also used inside standalone SVG files).</summary>
    public static string DiagramCss => Diagram.Value;

    /// <summary>Page layout of the HTML report around the diagram.</summary>
    public static string ReportCss => Report.Value;

    public static string ReportJs => Script.Value;

    private static string Load(string name)
    {
        using Stream stream = typeof(EmbeddedAssets).Assembly.GetManifestResourceStream("StepFlow.Visualization." + name)
            ?? throw new FileNotFoundException("embedded asset missing from the assembly", name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
