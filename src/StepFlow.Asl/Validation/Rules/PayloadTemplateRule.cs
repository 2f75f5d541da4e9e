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

    // An array, not a read-only list: every state's templates are looked up through it, and enumerating an array
    // through the interface allocated an enumerator per state.
    private static readonly string[] TemplateFields =
    {
        "Parameters", "ResultSelector", "ItemSelector", "Assign", "Credentials", "ItemReader", "ItemBatcher", "ResultWriter",
    };

    internal static readonly string[] AssignOwnerFields = { "Catch", "Choices" };

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { NotAnExpression, DuplicateAfterStrip };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            var members = context.TemplateMembersOf(state);
            for (var i = 0; i < members.Count; i++)
            {
                var member = members[i];
                var name = member.Property.Name;
                if (JsonWalk.IsDollarKey(name))
                {
                    CheckExpression(context, member);
                    if (HasBareTwin(member.Owner, name))
                    {
                        context.Report(DuplicateAfterStrip, member.Property.Value, member.Path, name.Substring(0, name.Length - 2));
                    }
                }
            }
        }
    }

    /// <summary>A catcher or Choice rule that can carry an Assign: item <see cref="Index"/> of <see cref="Field"/>.</summary>
    public readonly record struct AssignOwner(AslObject Owner, StateNode State, string Field, int Index)
    {
        public string Path => State.Path + "." + Field + "[" + Index + "]";

        public bool IsCatcher => Field == "Catch";

        public JsonLocation Location => new JsonLocation(State.Path).Member(Field).Item(Index);
    }

    /// <summary>
    /// Adds the members of every template of <paramref name="state"/> (its template fields, then the Assign of each
    /// catcher and Choice rule) to <paramref name="members"/>, created on the first one: a loop rather than an iterator,
    /// since every state of every workflow goes through it on every keystroke.
    /// </summary>
    internal static void CollectTemplateMembers(StateNode state, ref List<JsonWalk.Member>? members)
    {
        JsonLocation? here = null;
        foreach (var field in TemplateFields)
        {
            if (state.Body[field] is { } template)
            {
                JsonWalk.CollectMembers(template, (here ??= new JsonLocation(state.Path)).Member(field), members ??= new List<JsonWalk.Member>(16));
            }
        }

        foreach (var owner in AssignOwners(state))
        {
            if (owner.Owner["Assign"] is { } assign)
            {
                JsonWalk.CollectMembers(assign, owner.Location.Member("Assign"), members ??= new List<JsonWalk.Member>(16));
            }
        }
    }

    /// <summary>Catchers and Choice rules, which carry an Assign of their own.</summary>
    public static AssignOwnerList AssignOwners(StateNode state) => new(state);

    /// <summary>Whether <paramref name="owner"/> also has <paramref name="dollarKey"/> without its ".$", compared without allocating.</summary>
    private static bool HasBareTwin(AslObject owner, string dollarKey)
    {
        var length = dollarKey.Length - 2;
        foreach (var property in owner.Properties)
        {
            if (property.Name.Length == length && string.CompareOrdinal(property.Name, 0, dollarKey, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
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
