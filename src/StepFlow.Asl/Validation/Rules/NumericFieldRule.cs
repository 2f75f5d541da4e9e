using System.Collections.Generic;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>Numeric state fields and the top-level TimeoutSeconds hold numbers in range (JSONata may use {% %}).</summary>
public sealed class NumericFieldRule : IAslRule
{
    public static readonly AslRuleDescriptor OutOfRange = new(
        "SF3011",
        "Numeric field out of range",
        "{0} '{1}' {2}",
        AslSeverity.Error,
        "StepFlow.Structure");

    private static readonly Dictionary<string, NumberRange> StateRanges = new()
    {
        ["TimeoutSeconds"] = new NumberRange(true, 1, NumberRange.MaxSeconds),
        ["HeartbeatSeconds"] = new NumberRange(true, 1, NumberRange.MaxSeconds),
        ["Seconds"] = new NumberRange(true, 0, NumberRange.MaxSeconds),
        ["MaxConcurrency"] = new NumberRange(true, 0, double.MaxValue),
        ["ToleratedFailurePercentage"] = new NumberRange(false, 0, 100),
        ["ToleratedFailureCount"] = new NumberRange(true, 0, double.MaxValue),
    };

    private static readonly NumberRange MachineTimeout = new(true, 0, NumberRange.MaxSeconds);

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { OutOfRange };

    public void Check(AslValidationContext context)
    {
        if (context.Definition["TimeoutSeconds"] is { } timeout && MachineTimeout.Problem(timeout, jsonata: false) is { } machineProblem)
        {
            context.Report(OutOfRange, timeout, "$.TimeoutSeconds", "The machine's", "TimeoutSeconds", machineProblem);
        }

        foreach (var state in context.AllStates())
        {
            var jsonata = context.IsJsonata(state);
            foreach (var property in state.Body.Properties)
            {
                if (StateRanges.TryGetValue(property.Name, out var range) && range.Problem(property.Value, jsonata) is { } problem)
                {
                    context.Report(OutOfRange, property.Value, Placeholders.Append(state.Path, property.Name), "State '" + state.Name + "':", property.Name, problem);
                }
            }
        }
    }
}
