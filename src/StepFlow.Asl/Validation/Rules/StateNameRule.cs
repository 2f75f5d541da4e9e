using System.Collections.Generic;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>State names have 1 to 80 characters.</summary>
public sealed class StateNameRule : IAslRule
{
    public const int MaxLength = 80;

    public static readonly AslRuleDescriptor BadName = new(
        "SF3008",
        "State name empty or too long",
        "State name '{0}' has {1} characters; a name has 1 to 80: shorten it (in C#, set Name = \"...\")",
        AslSeverity.Error,
        "StepFlow.Structure");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { BadName };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (state.Name.Length == 0 || state.Name.Length > MaxLength)
            {
                context.Report(BadName, state.Body, state.Path, state.Name, state.Name.Length);
            }
        }
    }
}
