using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// JSON parsers keep only the last of two equal keys, so a duplicated state or field silently disappears. Reported
/// once per extra key, anywhere in the definition.
/// </summary>
public sealed class DuplicateKeyRule : IAslRule
{
    public static readonly AslRuleDescriptor Duplicate = new(
        "SF3026",
        "Duplicate JSON key",
        "Key '{0}' appears more than once in this object; only one would be kept: remove or rename the other",
        AslSeverity.Error,
        "StepFlow.Structure");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { Duplicate };

    public void Check(AslValidationContext context)
    {
        foreach (var (value, path) in JsonWalk.Values(context.Definition, "$"))
        {
            if (value is not AslObject obj || obj.Properties.Count < 2)
            {
                continue;
            }

            var seen = new HashSet<string>();
            foreach (var property in obj.Properties)
            {
                if (!seen.Add(property.Name))
                {
                    context.Report(Duplicate, property.Value, Placeholders.Append(path, property.Name), property.Name);
                }
            }
        }
    }
}
