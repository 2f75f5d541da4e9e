namespace StepFlow.Visualization.Definition;

/// <summary>Shortens labels so diagrams stay readable; the full text goes into a tooltip.</summary>
internal static class LabelText
{
    public const int MaxEdgeLabelLength = 36;
    public const int MaxStateLabelLength = 40;

    public static string Shorten(string text, int maxLength)
    {
        string singleLine = text.ReplaceLineEndings(" ");
        return singleLine.Length <= maxLength ? singleLine : singleLine[..(maxLength - 1)] + "\u2026";
    }
}
