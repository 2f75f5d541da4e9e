using System;
using System.Globalization;

namespace StepFlow.Asl.Json;

/// <summary>A JSON string.</summary>
public sealed class AslString : AslValue
{
    public AslString(string value, SourceSpan span = default) : base(span) => Value = value ?? string.Empty;

    public string Value { get; }

    public override AslValueKind Kind => AslValueKind.String;

    public override bool Equals(AslValue? other) => other is AslString s && string.Equals(s.Value, Value, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
}

/// <summary>
/// A JSON number, kept as its literal text so a definition round-trips exactly (1.0 stays 1.0, 2 stays 2).
/// </summary>
public sealed class AslNumber : AslValue
{
    public AslNumber(string literal, SourceSpan span = default) : base(span) => Literal = literal;

    public string Literal { get; }

    public override AslValueKind Kind => AslValueKind.Number;

    public static AslNumber From(long value) => new(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Shortest round-trip text in the invariant culture: 2 for 2.0, 1.5 for 1.5 (never "1,5").</summary>
    public static AslNumber From(double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            return new AslNumber(((long)value).ToString(CultureInfo.InvariantCulture));
        }

        return new AslNumber(value.ToString("R", CultureInfo.InvariantCulture));
    }

    public bool TryGetDouble(out double value)
        => double.TryParse(Literal, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>True when the literal is an integer (no fraction, no exponent) that fits a long.</summary>
    public bool TryGetInt64(out long value)
        => long.TryParse(Literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public override bool Equals(AslValue? other) => other is AslNumber n && string.Equals(n.Literal, Literal, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Literal);
}

/// <summary>A JSON true or false.</summary>
public sealed class AslBoolean : AslValue
{
    public AslBoolean(bool value, SourceSpan span = default) : base(span) => Value = value;

    public bool Value { get; }

    public override AslValueKind Kind => AslValueKind.Boolean;

    public override bool Equals(AslValue? other) => other is AslBoolean b && b.Value == Value;

    public override int GetHashCode() => Value ? 1 : 2;
}

/// <summary>A JSON null (meaningful in ASL: <c>"InputPath": null</c> discards the input).</summary>
public sealed class AslNull : AslValue
{
    public AslNull(SourceSpan span = default) : base(span)
    {
    }

    public override AslValueKind Kind => AslValueKind.Null;

    public override bool Equals(AslValue? other) => other is AslNull;

    public override int GetHashCode() => 3;
}
