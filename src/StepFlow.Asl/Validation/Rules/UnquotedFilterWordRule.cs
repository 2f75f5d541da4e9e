using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation.Syntax;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// A JSONPath filter that compares with an unquoted word (<c>[?(@.status==Failure)]</c>). AWS creates the state
/// machine, but Jayway reads the word as a number, so the path fails when the state runs; the author almost always
/// meant the string. A warning, since the definition itself is accepted.
/// </summary>
public sealed class UnquotedFilterWordRule : IAslRule
{
    public static readonly AslRuleDescriptor UnquotedWord = new(
        "SF5023",
        "Unquoted word in a JSONPath filter",
        "'{0}' compares with the unquoted word {1}: Step Functions' JSONPath engine reads it as a number, so the path fails when the state runs; quote it ('{1}') to compare with a string",
        AslSeverity.Warning,
        "StepFlow.Paths");

    private static readonly string[] PathFields = { "InputPath", "OutputPath" };

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { UnquotedWord };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (context.IsJsonata(state))
            {
                continue;
            }

            foreach (var field in PathFields)
            {
                if (state.Body[field] is AslString text && FilterWords.FirstUnquoted(text.Value) is { } word)
                {
                    Report(context, text, Placeholders.Append(state.Path, field), word);
                }
            }

            var members = context.TemplateMembersOf(state);
            for (var i = 0; i < members.Count; i++)
            {
                // The member's path is built only for a finding: building it for every ".$" value cost more than the check.
                if (JsonWalk.IsDollarKey(members[i].Property.Name) && members[i].Property.Value is AslString template
                    && FilterWords.FirstUnquoted(template.Value) is { } word)
                {
                    Report(context, template, members[i].Path, word);
                }
            }

            // Walked with locations only when some string has a filter: the walk allocates, and filters are rare.
            if (state.Body.GetArray("Choices") is { } choices && HasFilter(choices))
            {
                foreach (var member in JsonWalk.Members(choices, new JsonLocation(state.Path).Member("Choices")))
                {
                    if ((member.Property.Name == "Variable" || member.Property.Name.EndsWith("Path", System.StringComparison.Ordinal))
                        && member.Property.Value is AslString operand && FilterWords.FirstUnquoted(operand.Value) is { } word)
                    {
                        Report(context, operand, member.Path, word);
                    }
                }
            }
        }
    }

    private static bool HasFilter(AslValue value) => value switch
    {
        AslString text => text.Value.IndexOf("[?", System.StringComparison.Ordinal) >= 0,
        AslArray array => AnyItem(array),
        AslObject obj => AnyMember(obj),
        _ => false,
    };

    private static bool AnyItem(AslArray array)
    {
        foreach (var item in array.Items)
        {
            if (HasFilter(item))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyMember(AslObject obj)
    {
        foreach (var property in obj.Properties)
        {
            if (HasFilter(property.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(AslValidationContext context, AslString text, string path, string word)
        => context.Report(UnquotedWord, text, path, text.Value, word);
}
