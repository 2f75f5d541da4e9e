using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>The top level holds States (an object) and only the known fields; Version, if present, is "1.0".</summary>
public sealed class TopLevelRule : IAslRule
{
    public static readonly AslRuleDescriptor BadTopLevel = new(
        "SF3020",
        "Invalid top-level field",
        "{0}",
        AslSeverity.Error,
        "StepFlow.Structure");

    public static readonly AslRuleDescriptor BadVersion = new(
        "SF3021",
        "Unknown States Language version",
        "Version {0} is not a States Language version: use \"1.0\" or remove it",
        AslSeverity.Warning,
        "StepFlow.Structure");

    private static readonly HashSet<string> Known = new() { "Comment", "StartAt", "States", "Version", "TimeoutSeconds", "QueryLanguage" };

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { BadTopLevel, BadVersion };

    public void Check(AslValidationContext context)
    {
        var definition = context.Definition;
        if (definition["States"] is not AslObject)
        {
            context.Report(BadTopLevel, definition["States"] ?? definition, "$.States", "The machine needs States, an object of named states");
        }

        foreach (var property in definition.Properties)
        {
            if (!Known.Contains(property.Name))
            {
                context.Report(BadTopLevel, property.Value, Placeholders.Append("$", property.Name), "Field '" + property.Name + "' is not allowed at the top level: remove it" + NameSuggestions.Hint(property.Name, Known));
            }
        }

        if (definition["Version"] is { } version && version is not AslString { Value: "1.0" })
        {
            context.Report(BadVersion, version, "$.Version", version.ToString());
        }
    }
}
