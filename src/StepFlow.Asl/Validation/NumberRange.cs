using StepFlow.Asl.Json;
using StepFlow.Asl.Validation.Syntax;

namespace StepFlow.Asl.Validation;

/// <summary>A numeric field's allowed values: whole or not, and bounds. Shared by state, top-level and retrier checks.</summary>
public sealed record NumberRange(bool Integer, double Min, double Max)
{
    public const double MaxSeconds = 99999999;

    /// <summary>Null when <paramref name="value"/> fits (a {% %} string fits in JSONata), else what is wrong.</summary>
    public string? Problem(AslValue value, bool jsonata)
    {
        if (value is AslString text && jsonata && JsonataSyntax.IsExpression(text.Value))
        {
            return null;
        }

        if (value is not AslNumber number || !number.TryGetDouble(out var d))
        {
            return jsonata ? "must be a number or a {% %} expression" : "must be a number";
        }

        if (Integer && d != System.Math.Floor(d))
        {
            return "must be a whole number";
        }

        if (d < Min || d > Max)
        {
            return "must be " + (Max >= MaxSeconds * 10 ? "at least " + Format(Min) : "between " + Format(Min) + " and " + Format(Max)) + ", not " + number.Literal;
        }

        return null;
    }

    private static string Format(double d) => d.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
