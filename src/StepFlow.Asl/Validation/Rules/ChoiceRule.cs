using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// Choice states: a non-empty Choices array; each top-level rule has Next, nested rules have none; a JSONPath rule
/// is either And/Or/Not or a Variable with exactly one known operator; a JSONata rule has a Condition. A Choice
/// without Default fails the run with States.NoChoiceMatched when nothing matches, hence the warning.
/// </summary>
public sealed class ChoiceRule : IAslRule
{
    public static readonly AslRuleDescriptor NoChoices = new(
        "SF3014",
        "Choice without rules",
        "Choice state '{0}' needs at least one rule in Choices (in C#, add [When(...)] attributes)",
        AslSeverity.Error,
        "StepFlow.Structure");

    public static readonly AslRuleDescriptor NoDefault = new(
        "SF3015",
        "Choice without Default",
        "Choice state '{0}' has no Default: input that matches no rule fails the execution with States.NoChoiceMatched; set Default",
        AslSeverity.Warning,
        "StepFlow.Structure");

    public static readonly AslRuleDescriptor BadRule = new(
        "SF3016",
        "Malformed Choice rule",
        "Choice state '{0}', rule {1}: {2}",
        AslSeverity.Error,
        "StepFlow.Structure");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { NoChoices, NoDefault, BadRule };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (state.Type != "Choice")
            {
                continue;
            }

            var choices = state.Body.GetArray("Choices");
            if (choices is null || choices.Items.Count == 0)
            {
                context.Report(NoChoices, (AslValue?)choices ?? state.Body, state.Path, state.Name);
            }
            else
            {
                var jsonata = context.IsJsonata(state);
                for (var i = 0; i < choices.Items.Count; i++)
                {
                    var path = state.Path + ".Choices[" + i + "]";
                    if (choices.Items[i] is not AslObject rule)
                    {
                        context.Report(BadRule, choices.Items[i], path, state.Name, i, "a rule must be an object");
                        continue;
                    }

                    if (rule["Next"] is null)
                    {
                        context.Report(BadRule, rule, path, state.Name, i, "a top-level rule needs Next");
                    }

                    if (jsonata)
                    {
                        CheckJsonata(context, state, rule, i, path);
                    }
                    else
                    {
                        CheckJsonPath(context, state, rule, i.ToString(System.Globalization.CultureInfo.InvariantCulture), path, topLevel: true);
                    }
                }
            }

            if (state.Body["Default"] is null)
            {
                context.Report(NoDefault, state.Body, state.Path, state.Name);
            }
        }
    }

    private static void CheckJsonata(AslValidationContext context, StateNode state, AslObject rule, int index, string path)
    {
        switch (rule["Condition"])
        {
            case null:
                // Variable/operators in a JSONata rule are reported as JSONPath fields by ChoiceOperandRule.
                if (!HasJsonPathTest(rule))
                {
                    context.Report(BadRule, rule, path, state.Name, index, "a JSONata rule needs Condition = \"{% ... %}\"");
                }

                break;
            case AslBoolean:
                break;
            case AslString condition when Syntax.JsonataSyntax.IsExpression(condition.Value):
                break;
            case var other:
                context.Report(BadRule, other, path + ".Condition", state.Name, index, "Condition must be true, false or a {% %} expression");
                break;
        }

        foreach (var property in rule.Properties)
        {
            if (property.Name is not ("Condition" or "Next" or "Assign" or "Output" or "Comment") && !IsJsonPathTestField(property.Name))
            {
                context.Report(BadRule, property.Value, Placeholders.Append(path, property.Name), state.Name, index, "'" + property.Name + "' is not a JSONata rule field");
            }
        }
    }

    private static void CheckJsonPath(AslValidationContext context, StateNode state, AslObject rule, string label, string path, bool topLevel)
    {
        if (!topLevel && rule["Next"] is { } nestedNext)
        {
            context.Report(BadRule, nestedNext, path + ".Next", state.Name, label, "rules nested in And/Or/Not cannot have Next");
        }

        var operators = new List<AslProperty>();
        var booleans = new List<AslProperty>();
        foreach (var property in rule.Properties)
        {
            switch (property.Name)
            {
                case "Next" or "Comment" or "Variable":
                    break;
                case "Assign" when topLevel:
                    break;
                case "And" or "Or" or "Not":
                    booleans.Add(property);
                    break;
                case "Condition":
                    // Reported as a JSONata-only field by ChoiceOperandRule.
                    break;
                default:
                    if (ChoiceOperators.TryGet(property.Name, out _))
                    {
                        operators.Add(property);
                    }
                    else
                    {
                        var hint = NameSuggestions.Hint(property.Name, ChoiceOperators.Names);
                        context.Report(BadRule, property.Value, Placeholders.Append(path, property.Name), state.Name, label, "'" + property.Name + "' is not a comparison operator or rule field." + hint);
                    }

                    break;
            }
        }

        if (booleans.Count > 0)
        {
            if (booleans.Count + operators.Count > 1 || rule["Variable"] is not null)
            {
                context.Report(BadRule, rule, path, state.Name, label, "use one of And, Or, Not, or a Variable with one operator, not several");
            }

            CheckBoolean(context, state, booleans[0], label, Placeholders.Append(path, booleans[0].Name));
            return;
        }

        if (rule["Variable"] is null && !rule.Contains("Condition"))
        {
            context.Report(BadRule, rule, path, state.Name, label, "a comparison needs Variable (in C#, [When(\"$.field\", ...)])");
        }

        if (operators.Count != 1 && !rule.Contains("Condition"))
        {
            var what = operators.Count == 0 ? "it has no comparison operator" : "it has " + operators.Count + " operators; combine them with And";
            context.Report(BadRule, operators.Count > 1 ? operators[1].Value : rule, path, state.Name, label, what);
        }
    }

    private static void CheckBoolean(AslValidationContext context, StateNode state, AslProperty property, string label, string path)
    {
        if (property.Name == "Not")
        {
            if (property.Value is AslObject inner)
            {
                CheckJsonPath(context, state, inner, label + ".Not", path, topLevel: false);
            }
            else
            {
                context.Report(BadRule, property.Value, path, state.Name, label, "Not takes one rule object");
            }

            return;
        }

        if (property.Value is not AslArray rules || rules.Items.Count == 0)
        {
            context.Report(BadRule, property.Value, path, state.Name, label, property.Name + " takes a non-empty array of rules");
            return;
        }

        for (var i = 0; i < rules.Items.Count; i++)
        {
            var itemLabel = label + "." + property.Name + "[" + i + "]";
            if (rules.Items[i] is AslObject inner)
            {
                CheckJsonPath(context, state, inner, itemLabel, path + "[" + i + "]", topLevel: false);
            }
            else
            {
                context.Report(BadRule, rules.Items[i], path + "[" + i + "]", state.Name, itemLabel, "a rule must be an object");
            }
        }
    }

    private static bool HasJsonPathTest(AslObject rule)
    {
        foreach (var name in rule.Names)
        {
            if (IsJsonPathTestField(name))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsJsonPathTestField(string name)
        => name is "Variable" or "And" or "Or" or "Not" || ChoiceOperators.TryGet(name, out _);
}
