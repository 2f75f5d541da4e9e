namespace StepFlow.Jsonata.Formatting;

/// <summary>One part of an analysed date/time picture: a literal, or a <c>[component presentation, width]</c> marker.</summary>
internal sealed class DateTimeMarker
{
    public bool IsLiteral { get; init; }

    public string Literal { get; init; } = string.Empty;

    public char Component { get; init; }

    public string? Presentation1 { get; set; }

    public char? Presentation2 { get; set; }

    public bool Ordinal { get; set; }

    public int? MinWidth { get; set; }

    public int? MaxWidth { get; set; }

    public bool HasWidth { get; set; }

    public LetterCase? Names { get; set; }

    public IntegerFormat? IntegerFormat { get; set; }

    /// <summary>For Y/M/D: the fixed number of digits (or -1).</summary>
    public int N { get; set; } = -1;
}
