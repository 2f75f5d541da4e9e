using System.Globalization;
using StepFlow.Asl.Json;

namespace StepFlow.Asl.Validation;

/// <summary>
/// A rule's finding: which rule, the formatted message, and where: the JSON value at fault (its span for files,
/// its origin for C#) and the JSONPath of that value in the definition.
/// </summary>
public sealed record AslFinding(AslRuleDescriptor Rule, string Message, AslValue? Target, string JsonPath)
{
    public AslSeverity Severity => Rule.Severity;

    /// <summary>
    /// The characters at fault inside a string <see cref="Target"/> (offsets in its value, e.g. one token of a
    /// JSONata expression), or <see cref="SourceSpan.None"/> when the whole value is at fault.
    /// </summary>
    public SourceSpan Within { get; init; } = SourceSpan.None;

    /// <summary>Where the finding sits in <paramref name="text"/>, the JSON the definition was read from.</summary>
    public SourceSpan SpanIn(string text)
    {
        var span = Target?.Span ?? SourceSpan.None;
        return Within.IsKnown && Target is AslString && span.IsKnown ? StringLiteralSpans.Map(text, span, Within) : span;
    }

    public static AslFinding Create(AslRuleDescriptor rule, AslValue? target, string jsonPath, params object[] arguments)
        => new(rule, string.Format(CultureInfo.InvariantCulture, rule.MessageFormat, arguments), target, jsonPath);
}
