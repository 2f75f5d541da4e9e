using System.Collections.Generic;
using StepFlow.Asl.Json;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>Every scope has a StartAt that names one of its own states.</summary>
public sealed class StartAtRule : IAslRule
{
    public static readonly AslRuleDescriptor Missing = new(
        "SF2003",
        "StartAt missing",
        "{0} has no StartAt: name the state it starts at (in C#, StartAt = true on that state)",
        AslSeverity.Error,
        "StepFlow.Transitions");

    public static readonly AslRuleDescriptor Unknown = new(
        "SF2004",
        "StartAt names an unknown state",
        "StartAt '{0}' is not a state of {1}.{2}",
        AslSeverity.Error,
        "StepFlow.Transitions");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { Missing, Unknown };

    public void Check(AslValidationContext context)
    {
        foreach (var scope in context.Graph.Scopes())
        {
            var where = scope.Owner is null ? "The machine" : "A scope of '" + scope.Owner.Name + "'";
            if (scope.Body["StartAt"] is not AslString startAt)
            {
                context.Report(Missing, scope.Body, scope.Path, where);
                continue;
            }

            if (scope.Find(startAt.Value) is null)
            {
                var names = new List<string>();
                foreach (var state in scope.States)
                {
                    names.Add(state.Name);
                }

                context.Report(Unknown, startAt, scope.Path + ".StartAt", startAt.Value, where.ToLowerInvariant(), NameSuggestions.Hint(startAt.Value, names));
            }
        }
    }
}
