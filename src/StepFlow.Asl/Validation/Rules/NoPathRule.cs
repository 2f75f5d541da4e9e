using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation.Syntax;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// AWS's NO_PATH warning: a field that has a *Path twin takes its own value literally, so StringEquals "$.other"
/// compares with the text "$.other" and Fail Error "$.code" fails with the error name "$.code". Only the fields whose
/// literal form accepts any string are checked; numeric, boolean and timestamp operands holding a path are already
/// type errors.
/// </summary>
public sealed class NoPathRule : IAslRule
{
    public static readonly AslRuleDescriptor NoPath = new(
        "SF5021",
        "Path in a field that takes a literal",
        "State '{0}': {1} takes '{2}' as literal text, not as a path: use {1}Path to read the value at that path",
        AslSeverity.Warning,
        "StepFlow.Paths");

    private static readonly HashSet<string> StringComparisons = new(System.StringComparer.Ordinal)
    {
        "StringEquals", "StringLessThan", "StringGreaterThan", "StringLessThanEquals", "StringGreaterThanEquals",
    };

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { NoPath };

    public void Check(AslValidationContext context)
    {
        PathTrail? trail = null;
        foreach (var state in context.AllStates())
        {
            if (context.IsJsonata(state))
            {
                continue;
            }

            if (state.Type == "Fail")
            {
                CheckFail(context, state, "Error");
                CheckFail(context, state, "Cause");
            }
            else if (state.Type == "Choice" && state.Body["Choices"] is AslArray choices)
            {
                trail ??= new PathTrail();
                trail.Start(state.Path);
                trail.Push("Choices");
                VisitRules(context, state, choices, trail);
            }
        }
    }

    /// <summary>ErrorPath and CausePath also take intrinsic calls, so those count as meant-to-be-evaluated too.</summary>
    private static void CheckFail(AslValidationContext context, StateNode state, string field)
    {
        if (state.Body[field] is AslString text && PathLookalike.IsExpression(text.Value))
        {
            context.Report(NoPath, text, state.Path + "." + field, state.Name, field, text.Value);
        }
    }

    private static void VisitRules(AslValidationContext context, StateNode state, AslArray rules, PathTrail trail)
    {
        for (var i = 0; i < rules.Items.Count; i++)
        {
            if (rules.Items[i] is AslObject rule)
            {
                trail.Push(i);
                VisitRule(context, state, rule, trail);
                trail.Pop();
            }
        }
    }

    private static void VisitRule(AslValidationContext context, StateNode state, AslObject rule, PathTrail trail)
    {
        for (var i = 0; i < rule.Properties.Count; i++)
        {
            var property = rule.Properties[i];
            if (property.Value is AslString text)
            {
                if (StringComparisons.Contains(property.Name) && PathLookalike.IsPath(text.Value))
                {
                    context.Report(NoPath, text, trail.With(property.Name), state.Name, property.Name, text.Value);
                }
            }
            else if (property.Name == "Not" && property.Value is AslObject inner)
            {
                trail.Push("Not");
                VisitRule(context, state, inner, trail);
                trail.Pop();
            }
            else if (property.Name is "And" or "Or" && property.Value is AslArray nested)
            {
                trail.Push(property.Name);
                VisitRules(context, state, nested, trail);
                trail.Pop();
            }
        }
    }
}
