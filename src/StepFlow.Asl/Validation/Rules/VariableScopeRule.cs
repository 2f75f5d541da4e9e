using System.Collections.Generic;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// Variable scoping: each States object is a scope that sees its own and its enclosing scopes' variables. Reading a
/// name assigned nowhere visible fails at run time; an inner scope must not assign a name an outer scope assigns
/// (rejected at create time); a Parallel branch cannot see a sibling branch's variables.
/// </summary>
public sealed class VariableScopeRule : IAslRule
{
    public static readonly AslRuleDescriptor NeverAssigned = new(
        "SF6003",
        "Variable read but never assigned",
        "State '{0}' reads ${1}, which no state assigns: assign it earlier with Assign, or fix the name{2}",
        AslSeverity.Error,
        "StepFlow.Variables");

    public static readonly AslRuleDescriptor ReassignsOuter = new(
        "SF6004",
        "Inner scope reassigns an outer variable",
        "State '{0}' assigns '{1}', which the enclosing scope already assigns: states inside a Parallel or Map cannot assign outer variables; use a new name",
        AslSeverity.Error,
        "StepFlow.Variables");

    public static readonly AslRuleDescriptor NotVisible = new(
        "SF6005",
        "Variable of another branch or scope",
        "State '{0}' reads ${1}, which is assigned only in {2}, invisible here (sibling branches and inner scopes keep their variables): pass the value through the state output instead",
        AslSeverity.Error,
        "StepFlow.Variables");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { NeverAssigned, ReassignsOuter, NotVisible };

    public void Check(AslValidationContext context)
    {
        var visibility = context.Variables;
        foreach (var scope in context.Graph.Scopes())
        {
            var outer = visibility.Outer(scope);
            var visible = visibility.Visible(scope);
            foreach (var state in scope.States)
            {
                foreach (var assignment in context.AssignmentsOf(state))
                {
                    if (outer.Contains(assignment.Name))
                    {
                        context.Report(ReassignsOuter, assignment.Target, assignment.Path, state.Name, assignment.Name);
                    }
                }

                foreach (var read in VariableReads.Reads(context, state))
                {
                    if (visible.Contains(read.Name))
                    {
                        continue;
                    }

                    if (visibility.TryGetOwner(read.Name, out var owner))
                    {
                        context.Report(NotVisible, read.Source, read.Path, state.Name, read.Name, VariableVisibility.Describe(owner));
                    }
                    else
                    {
                        var hint = NameSuggestions.Hint(read.Name, visible);
                        context.Report(NeverAssigned, read.Source, read.Path, state.Name, read.Name, hint.Length > 0 ? "." + hint : string.Empty);
                    }
                }
            }
        }
    }
}
