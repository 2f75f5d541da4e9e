using System.Collections.Generic;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>Every Next, Default, rule Next and catcher Next names a state of the same scope.</summary>
public sealed class TransitionTargetRule : IAslRule
{
    public static readonly AslRuleDescriptor UnknownTarget = new(
        "SF2001",
        "Transition to an unknown state",
        "State '{0}' goes to '{1}', which is not a state here.{2}",
        AslSeverity.Error,
        "StepFlow.Transitions");

    public static readonly AslRuleDescriptor CrossesScope = new(
        "SF2002",
        "Transition into or out of a Parallel branch or Map processor",
        "State '{0}' goes to '{1}', which is in another scope ({2}); transitions cannot enter or leave a Parallel branch or Map item processor",
        AslSeverity.Error,
        "StepFlow.Transitions");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { UnknownTarget, CrossesScope };

    public void Check(AslValidationContext context)
    {
        var owners = new Dictionary<string, StateScope>();
        foreach (var scope in context.Graph.Scopes())
        {
            foreach (var state in scope.States)
            {
                if (!owners.ContainsKey(state.Name))
                {
                    owners[state.Name] = scope;
                }
            }
        }

        foreach (var scope in context.Graph.Scopes())
        {
            var names = new List<string>();
            foreach (var state in scope.States)
            {
                names.Add(state.Name);
            }

            foreach (var state in scope.States)
            {
                foreach (var edge in state.Edges)
                {
                    if (scope.Find(edge.Target) is not null)
                    {
                        continue;
                    }

                    if (owners.TryGetValue(edge.Target, out var other))
                    {
                        context.Report(CrossesScope, edge.Source, state.Path, state.Name, edge.Target, Describe(other));
                    }
                    else
                    {
                        context.Report(UnknownTarget, edge.Source, state.Path, state.Name, edge.Target, NameSuggestions.Hint(edge.Target, names));
                    }
                }
            }
        }
    }

    private static string Describe(StateScope scope)
        => scope.Owner is null ? "the machine's top level" : "inside '" + scope.Owner.Name + "'";
}
