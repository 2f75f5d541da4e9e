using System;

namespace StepFlow.Visualization.Layout;

/// <summary>
/// Sizes and gaps of the drawing. Text is measured by an estimate (no font is available at layout time), so the
/// per-character widths are generous for the sans-serif fonts the SVG asks for.
/// </summary>
internal static class LayoutMetrics
{
    public const double Margin = 16;
    public const double StateHeight = 44;
    public const double StateMinWidth = 104;
    public const double StatePaddingX = 20;
    public const double NameCharWidth = 7.4;
    public const double CaptionCharWidth = 6.2;
    public const double MarkerSize = 16;

    public const double LabelCharWidth = 6.4;
    public const double LabelHeight = 16;
    public const double LabelPaddingX = 6;
    public const double LaneWidth = 8;

    public const double NodeGap = 24;
    public const double LaneGap = 10;
    public const double RankGap = 14;

    public const double ContainerHeader = 42;
    public const double ContainerPadding = 10;
    public const double LaneCaption = 18;
    public const double LanePadding = 6;
    public const double LaneSpacing = 12;

    public const double SelfLoopReach = 26;

    public static double StateWidth(string name, string caption)
    {
        double text = Math.Max(name.Length * NameCharWidth, caption.Length * CaptionCharWidth);
        return Math.Max(StateMinWidth, Math.Ceiling(text + 2 * StatePaddingX));
    }

    public static double LabelWidth(string label) => Math.Ceiling(label.Length * LabelCharWidth + 2 * LabelPaddingX);
}
