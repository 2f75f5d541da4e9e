using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation.Syntax;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// Choice operands have the operator's type (String*: string, Numeric*: number, Boolean*/Is*: boolean,
/// Timestamp*: RFC 3339), StringMatches has no dangling backslash, and each rule uses its language's form.
/// </summary>
public sealed class ChoiceOperandRule : IAslRule
{
    public static readonly AslRuleDescriptor BadOperand = new(
        "SF3017",
        "Choice operand of the wrong type",
        "Choice state '{0}': {1} {2}",
        AslSeverity.Error,
        "StepFlow.Structure");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { BadOperand };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (state.Type != "Choice" || state.Body.GetArray("Choices") is not { } choices)
            {
                continue;
            }

            var jsonata = context.IsJsonata(state);
            var where = new JsonLocation(state.Path).Member("Choices");
            for (var i = 0; i < choices.Items.Count; i++)
            {
                foreach (var member in RuleMembers(choices.Items[i], where.Item(i)))
                {
                    CheckMember(context, state, member, jsonata);
                }
            }
        }
    }

    private static void CheckMember(AslValidationContext context, StateNode state, JsonWalk.Member member, bool jsonata)
    {
        var name = member.Property.Name;
        var value = member.Property.Value;
        if (jsonata && (name == "Variable" || ChoiceOperators.TryGet(name, out _)))
        {
            context.Report(FieldAllowedRule.JsonPathInJsonata, value, member.Path, name, state.Name, "write the test as Condition = \"{% ... %}\"");
            return;
        }

        if (!jsonata && name == "Condition")
        {
            context.Report(FieldAllowedRule.JsonataInJsonPath, value, member.Path, name, state.Name, "use Variable with a comparison operator, or set QueryLanguage = JSONata");
            return;
        }

        if (jsonata || !ChoiceOperators.TryGet(name, out var kind))
        {
            return;
        }

        var problem = kind switch
        {
            ChoiceOperators.OperandKind.String when value is not AslString => "needs a string",
            ChoiceOperators.OperandKind.Number when value is not AslNumber => "needs a number",
            ChoiceOperators.OperandKind.Boolean when value is not AslBoolean => "needs true or false",
            ChoiceOperators.OperandKind.Timestamp => value is AslString t && Rfc3339.IsValid(t.Value) ? null : "needs an RFC 3339 timestamp such as 2024-01-31T12:00:00Z",
            ChoiceOperators.OperandKind.Path => value is AslString p ? PathProblem(p.Value) : "needs a path string",
            _ => null,
        };
        if (problem is null && name == "StringMatches" && value is AslString pattern && HasDanglingBackslash(pattern.Value))
        {
            problem = "ends with or uses a backslash that escapes neither '*' nor '\\'";
        }

        if (problem is not null)
        {
            context.Report(BadOperand, value, member.Path, state.Name, name, problem);
        }
    }

    /// <summary>The members of a rule and of the rules nested in its And/Or/Not, not of its Assign or Output.</summary>
    private static IEnumerable<JsonWalk.Member> RuleMembers(AslValue rule, JsonLocation location)
    {
        if (rule is not AslObject obj)
        {
            yield break;
        }

        foreach (var property in obj.Properties)
        {
            yield return new JsonWalk.Member(obj, property, location);
            if (property.Name == "Not")
            {
                foreach (var inner in RuleMembers(property.Value, location.Member(property.Name)))
                {
                    yield return inner;
                }
            }
            else if (property.Name is "And" or "Or" && property.Value is AslArray items)
            {
                var where = location.Member(property.Name);
                for (var i = 0; i < items.Items.Count; i++)
                {
                    foreach (var inner in RuleMembers(items.Items[i], where.Item(i)))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    private static string? PathProblem(string path)
        => PathSyntax.Check(path, PathKind.Path) is { } problem ? "needs a path: " + problem : null;

    private static bool HasDanglingBackslash(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                if (i + 1 >= pattern.Length || (pattern[i + 1] != '*' && pattern[i + 1] != '\\'))
                {
                    return true;
                }

                i++;
            }
        }

        return false;
    }
}
