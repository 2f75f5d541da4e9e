using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation.Rules;
using StepFlow.Asl.Validation.Syntax;

namespace StepFlow.Asl.Validation;

/// <summary>
/// The values a JSONata state evaluates (its fields, its catchers' and Choice rules' Output, Assign and Condition),
/// each with the <c>$states</c> fields that exist there: <c>result</c> only in the top-level Output and Assign of a
/// Task, Map or Parallel state, <c>errorOutput</c> only in a catcher's Output and Assign.
/// </summary>
public static class JsonataFields
{
    /// <summary>One evaluated value and where it sits.</summary>
    public readonly record struct Field(AslValue Value, string Path, bool AllowsResult, bool AllowsError);

    private static readonly HashSet<string> NotEvaluated = new()
    {
        "Type", "Next", "Default", "Comment", "End", "QueryLanguage", "Resource", "Branches", "ItemProcessor", "Iterator",
        "Retry", "Catch", "Choices", "Label",
    };

    /// <summary>Every value <paramref name="state"/> evaluates, when it is a JSONata state.</summary>
    public static IEnumerable<Field> Of(StateNode state)
    {
        var producesResult = state.Type is "Task" or "Map" or "Parallel";
        foreach (var property in state.Body.Properties)
        {
            if (!NotEvaluated.Contains(property.Name))
            {
                var allowsResult = producesResult && property.Name is "Output" or "Assign";
                yield return new Field(property.Value, Placeholders.Append(state.Path, property.Name), allowsResult, AllowsError: false);
            }
        }

        foreach (var owner in PayloadTemplateRule.AssignOwners(state))
        {
            foreach (var property in owner.Owner.Properties)
            {
                if (property.Name is "Output" or "Assign" or "Condition")
                {
                    yield return new Field(property.Value, Placeholders.Append(owner.Path, property.Name), AllowsResult: false, owner.IsCatcher && property.Name != "Condition");
                }
            }
        }
    }

    /// <summary>Every <c>{% %}</c> string inside <paramref name="field"/> that parses, with what it references.</summary>
    public static IEnumerable<(AslString Text, string Path, JsonataReferences References)> Expressions(AslValidationContext context, Field field)
    {
        foreach (var (text, path) in JsonWalk.Strings(field.Value, field.Path))
        {
            if (JsonataSyntax.IsExpression(text.Value) && context.JsonataTreeOf(text)?.References is { } references)
            {
                yield return (text, path, references);
            }
        }
    }
}
