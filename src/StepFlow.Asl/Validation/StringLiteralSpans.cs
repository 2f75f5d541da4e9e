using StepFlow.Asl.Json;

namespace StepFlow.Asl.Validation;

/// <summary>
/// Maps characters of a string's value back into the JSON literal that wrote it, stepping over escapes
/// (<c>\"</c>, <c>\n</c>, <c>\u00e9</c> each write one character), so a fault inside a value is shown where it is.
/// </summary>
public static class StringLiteralSpans
{
    /// <summary>
    /// The part of <paramref name="text"/> that wrote characters <paramref name="within"/> of the string literal at
    /// <paramref name="literal"/>; the whole literal when the two do not line up.
    /// </summary>
    public static SourceSpan Map(string text, SourceSpan literal, SourceSpan within)
    {
        var end = literal.Start + literal.Length;
        if (!literal.IsKnown || end > text.Length || literal.Length < 2 || text[literal.Start] != '"' || within.Start < 0 || within.Length < 0)
        {
            return literal;
        }

        var first = -1;
        var position = literal.Start + 1;
        for (var index = 0; position < end - 1; index++)
        {
            if (index == within.Start)
            {
                first = position;
            }

            if (index == within.Start + within.Length)
            {
                return new SourceSpan(first, position - first);
            }

            position += text[position] != '\\' ? 1 : text[position + 1] == 'u' ? 6 : 2;
        }

        // The span runs to the end of the value.
        return first >= 0 ? new SourceSpan(first, end - 1 - first) : literal;
    }
}
