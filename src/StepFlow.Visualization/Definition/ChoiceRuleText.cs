using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StepFlow.Visualization.Definition;

/// <summary>Describes a Choice rule as short readable text, e.g. <c>$.status == "DONE"</c> or <c>$states.input.n &gt; 3</c>.</summary>
internal static class ChoiceRuleText
{
    private static readonly (string Suffix, string Symbol)[] Comparisons =
    [
        ("GreaterThanEquals", ">="),
        ("LessThanEquals", "<="),
        ("GreaterThan", ">"),
        ("LessThan", "<"),
        ("Equals", "=="),
        ("Matches", "matches"),
    ];

    private static readonly string[] TypeTests = ["IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"];

    public static string Describe(JsonObject rule)
    {
        if (rule["Condition"] is JsonValue condition && condition.GetValueKind() == JsonValueKind.String)
        {
            return StripJsonataBraces(condition.GetValue<string>());
        }

        if (rule["Not"] is JsonObject inner)
        {
            return "not (" + Describe(inner) + ")";
        }

        foreach (string junction in new[] { "And", "Or" })
        {
            if (rule[junction] is JsonArray parts)
            {
                var texts = new List<string>();
                foreach (JsonNode? part in parts)
                {
                    texts.Add(part is JsonObject partRule ? Describe(partRule) : "?");
                }

                return "(" + string.Join(junction == "And" ? " and " : " or ", texts) + ")";
            }
        }

        return DescribeComparison(rule);
    }

    private static string DescribeComparison(JsonObject rule)
    {
        string variable = rule["Variable"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : "?";
        foreach ((string key, JsonNode? value) in rule)
        {
            if (Array.IndexOf(TypeTests, key) >= 0)
            {
                bool expected = value is JsonValue b && b.GetValueKind() == JsonValueKind.True;
                string test = key == "IsPresent" ? "present" : key == "IsNull" ? "null" : key[2..].ToLowerInvariant();
                return variable + (expected ? " is " : " is not ") + test;
            }

            string name = key.EndsWith("Path", StringComparison.Ordinal) ? key[..^4] : key;
            foreach ((string suffix, string symbol) in Comparisons)
            {
                if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length)
                {
                    return variable + " " + symbol + " " + FormatOperand(value, isPath: name.Length != key.Length);
                }
            }
        }

        return variable;
    }

    private static string FormatOperand(JsonNode? value, bool isPath)
    {
        if (isPath && value is JsonValue path && path.GetValueKind() == JsonValueKind.String)
        {
            return path.GetValue<string>();
        }

        return value?.ToJsonString() ?? "null";
    }

    private static string StripJsonataBraces(string text)
    {
        string trimmed = text.Trim();
        if (trimmed.StartsWith("{%", StringComparison.Ordinal) && trimmed.EndsWith("%}", StringComparison.Ordinal) && trimmed.Length >= 4)
        {
            return trimmed[2..^2].Trim();
        }

        return trimmed;
    }
}
