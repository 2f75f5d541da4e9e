using System.Collections.Generic;
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

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { UnquotedWord };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            var paths = context.PathTextsOf(state);
            for (var i = 0; i < paths.Count; i++)
            {
                // The path is built only for a finding: building it for every expression cost more than the check.
                if (FilterWords.FirstUnquoted(paths[i].Text.Value) is { } word)
                {
                    context.Report(UnquotedWord, paths[i].Text, paths[i].Path, paths[i].Text.Value, word);
                }
            }
        }
    }
}
