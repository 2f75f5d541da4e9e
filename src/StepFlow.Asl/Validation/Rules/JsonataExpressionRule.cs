using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation.Syntax;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// JSONata states: every {% %} string is a sound expression (delimiters exact, brackets balanced, no $$); strings
/// that nearly are one are literals by accident; ".$" keys and intrinsic functions are JSONPath and do nothing here;
/// $states.result exists only in a Task, Map or Parallel state's Output and Assign, $states.errorOutput only in a
/// catcher's.
/// </summary>
public sealed class JsonataExpressionRule : IAslRule
{
    public static readonly AslRuleDescriptor Malformed = new(
        "SF5007",
        "Malformed JSONata expression",
        "State '{0}', {1}: {2}",
        AslSeverity.Error,
        "StepFlow.Jsonata");

    public static readonly AslRuleDescriptor NearMiss = new(
        "SF5008",
        "String looks like JSONata but is a literal",
        "State '{0}', {1}: the string has spaces outside {{% %}}, so it is a literal, not an expression; remove them",
        AslSeverity.Warning,
        "StepFlow.Jsonata");

    public static readonly AslRuleDescriptor DollarKey = new(
        "SF5009",
        "\".$\" key in a JSONata state",
        "State '{0}', {1}: keys ending in .$ are a JSONPath convention; in JSONata write \"{2}\": \"{{% ... %}}\"",
        AslSeverity.Warning,
        "StepFlow.Jsonata");

    public static readonly AslRuleDescriptor Intrinsic = new(
        "SF5010",
        "Intrinsic function in a JSONata expression",
        "State '{0}', {1}: {2} is a JSONPath intrinsic; JSONata has its own functions ($string, $join, $uuid, ...)",
        AslSeverity.Error,
        "StepFlow.Jsonata");

    public static readonly AslRuleDescriptor StatesVariable = new(
        "SF5012",
        "$states field not available here",
        "State '{0}', {1}: {2}",
        AslSeverity.Error,
        "StepFlow.Jsonata");

    private static readonly HashSet<string> NotEvaluated = new()
    {
        "Type", "Next", "Default", "Comment", "End", "QueryLanguage", "Resource", "Branches", "ItemProcessor", "Iterator",
        "Retry", "Catch", "Choices", "Label",
    };

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { Malformed, NearMiss, DollarKey, Intrinsic, StatesVariable };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (!context.IsJsonata(state))
            {
                continue;
            }

            var producesResult = state.Type is "Task" or "Map" or "Parallel";
            foreach (var property in state.Body.Properties)
            {
                if (!NotEvaluated.Contains(property.Name))
                {
                    var allowsResult = producesResult && property.Name is "Output" or "Assign";
                    CheckValue(context, state, property.Value, Placeholders.Append(state.Path, property.Name), allowsResult, allowsError: false);
                }
            }

            foreach (var (owner, path) in PayloadTemplateRule.AssignOwners(state))
            {
                var isCatcher = path.IndexOf(".Catch[", System.StringComparison.Ordinal) >= 0;
                foreach (var property in owner.Properties)
                {
                    if (property.Name is "Output" or "Assign" or "Condition")
                    {
                        CheckValue(context, state, property.Value, Placeholders.Append(path, property.Name), allowsResult: false, allowsError: isCatcher && property.Name != "Condition");
                    }
                }
            }
        }
    }

    private static void CheckValue(AslValidationContext context, StateNode state, AslValue value, string path, bool allowsResult, bool allowsError)
    {
        foreach (var member in JsonWalk.Members(value, path))
        {
            if (JsonWalk.IsDollarKey(member.Property.Name))
            {
                var bare = member.Property.Name.Substring(0, member.Property.Name.Length - 2);
                context.Report(DollarKey, member.Property.Value, member.Path, state.Name, member.Path, bare);
            }
        }

        foreach (var (text, where) in JsonWalk.Strings(value, path))
        {
            CheckString(context, state, text, where, allowsResult, allowsError);
        }
    }

    private static void CheckString(AslValidationContext context, StateNode state, AslString text, string path, bool allowsResult, bool allowsError)
    {
        var value = text.Value;
        if (JsonataSyntax.IsNearMiss(value))
        {
            context.Report(NearMiss, text, path, state.Name, path);
            return;
        }

        if (JsonataSyntax.IsUnterminated(value))
        {
            context.Report(Malformed, text, path, state.Name, path, "an expression starts with {% and ends with %}");
            return;
        }

        if (!JsonataSyntax.IsExpression(value))
        {
            return;
        }

        if (JsonataSyntax.Check(value) is { } problem)
        {
            context.Report(Malformed, text, path, state.Name, path, problem);
            return;
        }

        foreach (var name in IntrinsicCatalog.Names)
        {
            if (value.IndexOf(name + "(", System.StringComparison.Ordinal) >= 0)
            {
                context.Report(Intrinsic, text, path, state.Name, path, name);
                return;
            }
        }

        if (!allowsResult && Mentions(value, "$states.result"))
        {
            context.Report(StatesVariable, text, path, state.Name, path, "$states.result exists only in the Output and Assign of Task, Map and Parallel states");
        }
        else if (!allowsError && Mentions(value, "$states.errorOutput"))
        {
            context.Report(StatesVariable, text, path, state.Name, path, "$states.errorOutput exists only in a catcher's Output and Assign");
        }
    }

    private static bool Mentions(string expression, string name)
    {
        for (var i = expression.IndexOf(name, System.StringComparison.Ordinal); i >= 0; i = expression.IndexOf(name, i + 1, System.StringComparison.Ordinal))
        {
            var end = i + name.Length;
            if (end >= expression.Length || !PathSyntax.IsIdentifierPart(expression[end]))
            {
                return true;
            }
        }

        return false;
    }
}
