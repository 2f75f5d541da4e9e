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

    public static AslFinding Create(AslRuleDescriptor rule, AslValue? target, string jsonPath, params object[] arguments)
        => new(rule, string.Format(CultureInfo.InvariantCulture, rule.MessageFormat, arguments), target, jsonPath);
}
