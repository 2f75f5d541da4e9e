using System.IO;

namespace StepFlow.Visualization.Rendering;

/// <summary>The stylesheet and script of the report, kept as real files in the source tree and embedded at build.</summary>
internal static class EmbeddedAssets
{
    private static string? _reportCss;
    private static string? _reportJs;
    private static string? _diagramCss;

    /// <summary>Colours and strokes of the diagram itself (also used inside standalone SVG files).</summary>
    public static string DiagramCss => _diagramCss ??= Load("diagram.css");

    /// <summary>Page layout of the HTML report around the diagram.</summary>
    public static string ReportCss => _reportCss ??= Load("report.css");

    public static string ReportJs => _reportJs ??= Load("report.js");

    private static string Load(string name)
    {
        using Stream stream = typeof(EmbeddedAssets).Assembly.GetManifestResourceStream("StepFlow.Visualization." + name)
            ?? throw new FileNotFoundException("embedded asset missing from the assembly", name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
