using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation.Syntax;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// Payload templates of JSONPath states (Parameters, ResultSelector, ItemSelector, Assign, Credentials and the
/// Distributed Map objects): every key ending ".$" holds a path or an intrinsic call, at any depth, and no two keys
/// of one object become the same name once ".$" is stripped.
/// </summary>
public sealed class PayloadTemplateRule : IAslRule
{
    public static readonly AslRuleDescriptor NotAnExpression = new(
        "SF5003",
        "\".$\" value is not a path or intrinsic function",
        "'{0}' ends with .$, so its value must be a path ($.x, $$.Execution.Id, $var) or an intrinsic call, not {1}: {2}",
        AslSeverity.Error,
        "StepFlow.Paths");

    public static readonly AslRuleDescriptor DuplicateAfterStrip = new(
        "SF5006",
        "Duplicate key once \".$\" is stripped",
        "'{0}' and '{0}.$' both become '{0}' in the result: keep one",
        AslSeverity.Error,
        "StepFlow.Paths");

    public static readonly IReadOnlyList<string> TemplateFields = new[]
    {
        "Parameters", "ResultSelector", "ItemSelector", "Assign", "Credentials", "ItemReader", "ItemBatcher", "ResultWriter",
    };

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { NotAnExpression, DuplicateAfterStrip };

    public void Check(AslValidationContext context)
    {
        foreach (var (template, path) in Templates(context))
        {
            foreach (var member in JsonWalk.Members(template, path))
            {
                var name = member.Property.Name;
                if (JsonWalk.IsDollarKey(name))
                {
                    CheckExpression(context, member);
                    var bare = name.Substring(0, name.Length - 2);
                    if (member.Owner.Contains(bare))
                    {
                        context.Report(DuplicateAfterStrip, member.Property.Value, member.Path, bare);
                    }
                }
            }
        }
    }

    /// <summary>Every template of every JSONPath state, catchers' and Choice rules' Assign included.</summary>
    public static IEnumerable<(AslValue Template, string Path)> Templates(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (!context.IsJsonata(state))
            {
                foreach (var template in Templates(state))
                {
                    yield return template;
                }
            }
        }
    }

    /// <summary>The templates of one state.</summary>
    public static IEnumerable<(AslValue Template, string Path)> Templates(StateNode state)
    {
        foreach (var field in TemplateFields)
        {
            if (state.Body[field] is { } template)
            {
                yield return (template, state.Path + "." + field);
            }
        }

        foreach (var (owner, path) in AssignOwners(state))
        {
            if (owner["Assign"] is { } assign)
            {
                yield return (assign, path + ".Assign");
            }
        }
    }

    /// <summary>Catchers and Choice rules, which carry an Assign of their own.</summary>
    public static IEnumerable<(AslObject Owner, string Path)> AssignOwners(StateNode state)
    {
        foreach (var field in new[] { "Catch", "Choices" })
        {
            if (state.Body.GetArray(field) is { } items)
            {
                for (var i = 0; i < items.Items.Count; i++)
                {
                    if (items.Items[i] is AslObject owner)
                    {
                        yield return (owner, state.Path + "." + field + "[" + i + "]");
                    }
                }
            }
        }
    }

    private static void CheckExpression(AslValidationContext context, JsonWalk.Member member)
    {
        var value = member.Property.Value;
        if (value is not AslString text)
        {
            context.Report(NotAnExpression, value, member.Path, member.Property.Name, value.ToString(), "the value is not a string");
            return;
        }

        if (text.Value.StartsWith("$", System.StringComparison.Ordinal))
        {
            if (PathSyntax.Check(text.Value, PathKind.Path) is { } problem)
            {
                context.Report(NotAnExpression, value, member.Path, member.Property.Name, "'" + text.Value + "'", problem);
            }

            return;
        }

        if (IntrinsicSyntax.LooksLikeCall(text.Value))
        {
            IntrinsicFunctionRule.CheckCall(context, text, member.Path);
            return;
        }

        context.Report(NotAnExpression, value, member.Path, member.Property.Name, "'" + text.Value + "'", "for a literal, drop the .$ from the key");
    }
}
