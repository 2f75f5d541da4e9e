using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Validation.Syntax;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>Assign is an object, on states that may assign, of valid variable names that are not "states".</summary>
public sealed class VariableNameRule : IAslRule
{
    public static readonly AslRuleDescriptor BadName = new(
        "SF6001",
        "Invalid variable name",
        "State '{0}' assigns '{1}': {2}; use a letter or '_' followed by letters, digits or '_'",
        AslSeverity.Error,
        "StepFlow.Variables");

    public static readonly AslRuleDescriptor ReservedName = new(
        "SF6002",
        "Assignment to the reserved variable states",
        "State '{0}' assigns 'states', which is reserved for $states: rename the variable",
        AslSeverity.Error,
        "StepFlow.Variables");

    public static readonly AslRuleDescriptor NotAnObject = new(
        "SF6006",
        "Assign is not an object",
        "State '{0}': Assign must be an object of variable names to values, e.g. {{\"total\": 0}}",
        AslSeverity.Error,
        "StepFlow.Variables");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { BadName, ReservedName, NotAnObject };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (state.Body["Assign"] is { } assign and not AslObject)
            {
                context.Report(NotAnObject, assign, state.Path + ".Assign", state.Name);
            }

            foreach (var owner in PayloadTemplateRule.AssignOwners(state))
            {
                if (owner.Owner["Assign"] is { } inner and not AslObject)
                {
                    context.Report(NotAnObject, inner, owner.Path + ".Assign", state.Name);
                }
            }

            foreach (var assignment in context.AssignmentsOf(state))
            {
                if (assignment.Name == VariableNames.Reserved)
                {
                    context.Report(ReservedName, assignment.Target, assignment.Path, state.Name);
                }
                else if (VariableNames.Check(assignment.Name) is { } problem)
                {
                    context.Report(BadName, assignment.Target, assignment.Path, state.Name, assignment.Name, problem);
                }
            }
        }
    }
}
