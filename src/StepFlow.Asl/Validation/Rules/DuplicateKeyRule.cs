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

    public void Check(AslValidationContext context) => Walk(context, context.Definition, new JsonLocation("$"));

    /// <summary>
    /// Recursion over containers only, with no iterator and no stack: this rule visits every value of the definition,
    /// and the generic walk's per-call allocations made it one of the engine's most expensive rules.
    /// </summary>
    private static void Walk(AslValidationContext context, AslValue value, JsonLocation location)
    {
        if (value is AslObject obj)
        {
            if (obj.Properties.Count > 1 && !obj.NamesAreUnique)
            {
                Check(context, obj, location);
            }

            foreach (var property in obj.Properties)
            {
                if (property.Value is AslObject or AslArray)
                {
                    Walk(context, property.Value, location.Member(property.Name));
                }
            }
        }
        else if (value is AslArray array)
        {
            for (var i = 0; i < array.Items.Count; i++)
            {
                if (array.Items[i] is AslObject or AslArray)
                {
                    Walk(context, array.Items[i], location.Item(i));
                }
            }
        }
    }

    private static void Check(AslValidationContext context, AslObject obj, JsonLocation node)
    {
        // Pairwise rather than a set for the usual small object: this runs for every object on every keystroke.
        var properties = obj.Properties;
        if (properties.Count > 16)
        {
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var property in properties)
            {
                if (!seen.Add(property.Name))
                {
                    context.Report(Duplicate, property.Value, Placeholders.Append(node.Path, property.Name), property.Name);
                }
            }

            return;
        }

        for (var i = 1; i < properties.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(properties[i].Name, properties[j].Name, System.StringComparison.Ordinal))
                {
                    context.Report(Duplicate, properties[i].Value, Placeholders.Append(node.Path, properties[i].Name), properties[i].Name);
                    break;
                }
            }
        }
    }
}
