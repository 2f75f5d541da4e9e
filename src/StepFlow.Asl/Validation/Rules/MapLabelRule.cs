using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// A Distributed Map's Label becomes part of the Map Run ARN, so it follows AWS's resource-name rules: no
/// whitespace, brackets, wildcards, control characters or any of " # % \ ^ | ~ ` $ &amp; , ; : / (AWS error code
/// INVALID_LABEL_NAME). Its length is DistributedMapConfigRule's check. A Label holding a ${Name} deployment
/// placeholder is judged after substitution, so it is left alone.
/// </summary>
public sealed class MapLabelRule : IAslRule
{
    public static readonly AslRuleDescriptor BadCharacter = new(
        "SF7007",
        "Map Label with a character AWS rejects",
        "Map state '{0}' has Label '{1}', which contains {2}: a Map Run label allows no whitespace, brackets, wildcards, control characters or \" # % \\ ^ | ~ ` $ & , ; : /; use letters, digits, '-' and '_'",
        AslSeverity.Error,
        "StepFlow.Map");

    private const string Forbidden = "<>{}[]?*\"#%\\^|~`$&,;:/";

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { BadCharacter };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (state.Type == "Map" && state.Body["Label"] is AslString label && !HasPlaceholder(label.Value)
                && FirstBadCharacter(label.Value) is { } bad)
            {
                context.Report(BadCharacter, label, state.Path + ".Label", state.Name, label.Value, bad);
            }
        }
    }

    /// <summary>How the message names the first offending character, or null when there is none.</summary>
    private static string? FirstBadCharacter(string label)
    {
        foreach (var c in label)
        {
            if (char.IsWhiteSpace(c))
            {
                return c == ' ' ? "a space" : "whitespace";
            }

            if (c < '\u0020' || (c >= '\u007f' && c <= '\u009f'))
            {
                return "a control character";
            }

            if (Forbidden.IndexOf(c) >= 0)
            {
                return "'" + c + "'";
            }
        }

        return null;
    }

    private static bool HasPlaceholder(string text)
    {
        var open = text.IndexOf("${", System.StringComparison.Ordinal);
        return open >= 0 && text.IndexOf('}', open + 2) > open + 2;
    }
}
