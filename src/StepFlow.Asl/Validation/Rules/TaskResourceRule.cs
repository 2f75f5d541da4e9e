using System.Collections.Generic;
using StepFlow.Asl.Json;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// A Task names its Resource as an ARN. <c>${...}</c> DefinitionSubstitutions placeholders are accepted anywhere in
/// it (they are filled at deploy time), so only text that cannot become an ARN is reported.
/// </summary>
public sealed class TaskResourceRule : IAslRule
{
    public static readonly AslRuleDescriptor BadResource = new(
        "SF3013",
        "Task without a valid Resource",
        "Task '{0}' {1}: set Resource to an ARN such as arn:aws:states:::lambda:invoke (in C#, give the method a body or set Resource)",
        AslSeverity.Error,
        "StepFlow.Structure");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { BadResource };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (state.Type != "Task")
            {
                continue;
            }

            switch (state.Body["Resource"])
            {
                case null:
                    context.Report(BadResource, state.Body, state.Path, state.Name, "has no Resource");
                    break;
                case AslString resource when !IsArnLike(resource.Value):
                    context.Report(BadResource, resource, state.Path + ".Resource", state.Name, "has Resource '" + resource.Value + "', which is not an ARN");
                    break;
                case AslString:
                    break;
                case var other:
                    context.Report(BadResource, other, state.Path + ".Resource", state.Name, "has a Resource that is not a string");
                    break;
            }
        }
    }

    private static bool IsArnLike(string value)
        => value.StartsWith("arn:", System.StringComparison.Ordinal) || value.IndexOf("${", System.StringComparison.Ordinal) >= 0;
}
