using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// ProcessorConfig.Mode is INLINE (the default) or DISTRIBUTED; a DISTRIBUTED Map names its child ExecutionType;
/// the Distributed-only fields (ItemReader, ItemBatcher, ResultWriter, Label, tolerated failures) need DISTRIBUTED.
/// </summary>
public sealed class MapModeRule : IAslRule
{
    public static readonly AslRuleDescriptor DistributedOnly = new(
        "SF7001",
        "Distributed-only field on an inline Map",
        "Map state '{0}' sets {1}, which only a Distributed Map supports: set Mode = DISTRIBUTED on its item processor, or remove it",
        AslSeverity.Error,
        "StepFlow.Map");

    public static readonly AslRuleDescriptor BadProcessorConfig = new(
        "SF7002",
        "Invalid ProcessorConfig",
        "Map state '{0}': {1}",
        AslSeverity.Error,
        "StepFlow.Map");

    private static readonly string[] DistributedFields =
    {
        "ItemReader", "ItemBatcher", "ResultWriter", "Label", "ToleratedFailurePercentage", "ToleratedFailurePercentagePath",
        "ToleratedFailureCount", "ToleratedFailureCountPath",
    };

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { DistributedOnly, BadProcessorConfig };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (state.Type != "Map")
            {
                continue;
            }

            var field = state.Body.Contains("ItemProcessor") ? "ItemProcessor" : "Iterator";
            var config = (state.Body[field] as AslObject)?.GetObject("ProcessorConfig");
            var path = state.Path + "." + field + ".ProcessorConfig";
            var mode = config?["Mode"];
            var distributed = mode is AslString { Value: "DISTRIBUTED" };
            if (mode is not null && mode is not AslString { Value: "INLINE" or "DISTRIBUTED" })
            {
                context.Report(BadProcessorConfig, mode, path + ".Mode", state.Name, "Mode must be \"INLINE\" or \"DISTRIBUTED\", not " + mode);
            }

            var executionType = config?["ExecutionType"];
            if (executionType is not null && executionType is not AslString { Value: "STANDARD" or "EXPRESS" })
            {
                context.Report(BadProcessorConfig, executionType, path + ".ExecutionType", state.Name, "ExecutionType must be \"STANDARD\" or \"EXPRESS\", not " + executionType);
            }
            else if (distributed && executionType is null)
            {
                context.Report(BadProcessorConfig, config, path, state.Name, "a DISTRIBUTED Map must set ExecutionType to STANDARD or EXPRESS (in C#, ExecutionType on [ItemProcessor])");
            }

            if (!distributed && mode is null or AslString { Value: "INLINE" })
            {
                foreach (var name in DistributedFields)
                {
                    if (state.Body[name] is { } value)
                    {
                        context.Report(DistributedOnly, value, Placeholders.Append(state.Path, name), state.Name, name);
                    }
                }
            }
        }
    }
}
