using System.Collections.Generic;

namespace StepFlow.Jsonata.Formatting;

/// <summary>Primary presentation of an integer picture (XPath <c>format-integer</c>).</summary>
internal enum IntegerPresentation
{
    Decimal,
    Letters,
    Roman,
    Words,
    Sequence,
}

/// <summary>Letter case requested by a picture.</summary>
internal enum LetterCase
{
    Lower,
    Upper,
    Title,
}

/// <summary>A grouping separator and its position counted from the right.</summary>
internal sealed record GroupingSeparator(int Position, string Character);

/// <summary>An analysed integer picture such as <c>#,##0</c>, <c>w</c>, <c>I</c> or <c>1;o</c>.</summary>
internal sealed class IntegerFormat
{
    public IntegerPresentation Primary { get; set; } = IntegerPresentation.Decimal;

    public LetterCase Case { get; set; } = LetterCase.Lower;

    public bool Ordinal { get; set; }

    public int ZeroCode { get; set; } = '0';

    public int MandatoryDigits { get; set; }

    public int OptionalDigits { get; set; }

    /// <summary>True when the separators repeat at a fixed interval (then only the first one is kept).</summary>
    public bool Regular { get; set; }

    public List<GroupingSeparator> GroupingSeparators { get; set; } = new();

    public string? Token { get; set; }

    /// <summary>Fixed width used when parsing dates (e.g. [Y0001]); -1 when unbounded.</summary>
    public int Width { get; set; } = -1;
}
