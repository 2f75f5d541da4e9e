using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// A Choice state takes the first rule that matches, so a rule that repeats an earlier rule's test, or follows a rule
/// whose Condition is always true, is never chosen. Usually a copy-paste slip whose Next was meant to differ.
/// Only literal repeats are found: deciding whether one test implies another is out of reach of a static check.
/// </summary>
public sealed class ShadowedChoiceRule : IAslRule
{
    public static readonly AslRuleDescriptor Shadowed = new(
        "SF3027",
        "Choice rule that is never chosen",
        "Choice state '{0}': rule {1} is never chosen because rule {2}, checked first, {3}: remove rule {1} or change its test",
        AslSeverity.Info,
        "StepFlow.Structure");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { Shadowed };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (state.Type == "Choice" && state.Body["Choices"] is AslArray rules && rules.Items.Count > 1)
            {
                CheckRules(context, state, rules);
            }
        }
    }

    private static void CheckRules(AslValidationContext context, StateNode state, AslArray rules)
    {
        for (var i = 1; i < rules.Items.Count; i++)
        {
            if (rules.Items[i] is not AslObject rule)
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (rules.Items[j] is not AslObject earlier)
                {
                    continue;
                }

                var reason = IsAlwaysTrue(earlier) ? "always matches" : SameTest(earlier, rule) ? "tests the same condition" : null;
                if (reason is not null)
                {
                    context.Report(Shadowed, rule, state.Path + ".Choices[" + i + "]", state.Name, i, j, reason);
                    break;
                }
            }
        }
    }

    /// <summary>What a rule leads to rather than what it tests.</summary>
    private static bool IsOutcome(string name) => name is "Next" or "Comment" or "Assign" or "Output";

    /// <summary>Both rules test exactly the same fields with the same values (key order aside).</summary>
    private static bool SameTest(AslObject first, AslObject second)
    {
        var tests = 0;
        for (var i = 0; i < first.Properties.Count; i++)
        {
            var property = first.Properties[i];
            if (IsOutcome(property.Name))
            {
                continue;
            }

            tests++;
            if (second[property.Name] is not { } other || !other.Equals(property.Value))
            {
                return false;
            }
        }

        return tests > 0 && tests == CountTests(second);
    }

    private static int CountTests(AslObject rule)
    {
        var tests = 0;
        for (var i = 0; i < rule.Properties.Count; i++)
        {
            if (!IsOutcome(rule.Properties[i].Name))
            {
                tests++;
            }
        }

        return tests;
    }

    /// <summary>A JSONata rule whose Condition is the constant true.</summary>
    private static bool IsAlwaysTrue(AslObject rule) => rule["Condition"] switch
    {
        AslBoolean condition => condition.Value,
        AslString text => IsTrueExpression(text.Value),
        _ => false,
    };

    /// <summary>"{% true %}", spaces inside the delimiters allowed.</summary>
    private static bool IsTrueExpression(string text)
    {
        if (text.Length < 8 || !text.StartsWith("{%", System.StringComparison.Ordinal) || !text.EndsWith("%}", System.StringComparison.Ordinal))
        {
            return false;
        }

        var start = 2;
        var end = text.Length - 2;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end - start == 4 && string.CompareOrdinal(text, start, "true", 0, 4) == 0;
    }
}
