using System.Collections.Generic;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>State names are unique across the whole machine, branches and item processors included (DUPLICATE_STATE_NAME).</summary>
public sealed class UniqueStateNameRule : IAslRule
{
    public static readonly AslRuleDescriptor Duplicate = new(
        "SF2008",
        "Duplicate state name",
        "State name '{0}' is already used at {1}: names must be unique across the machine, including Parallel branches and Map processors; rename one",
        AslSeverity.Error,
        "StepFlow.Graph");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { Duplicate };

    public void Check(AslValidationContext context)
    {
        var first = new Dictionary<string, StateNode>();
        foreach (var state in context.AllStates())
        {
            if (first.TryGetValue(state.Name, out var earlier))
            {
                context.Report(Duplicate, state.Body, state.Path, state.Name, earlier.Path);
            }
            else
            {
                first[state.Name] = state;
            }
        }
    }
}
