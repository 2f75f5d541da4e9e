using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// Distributed Map settings: ItemReader and ResultWriter name an S3 Resource, ItemBatcher sets at least one limit
/// and at most 256 KiB per batch, and Label has at most 40 characters.
/// </summary>
public sealed class DistributedMapConfigRule : IAslRule
{
    public static readonly AslRuleDescriptor BadLabel = new(
        "SF7005",
        "Map Label too long",
        "Map state '{0}' has a Label of {1} characters: a Map Run label has at most 40",
        AslSeverity.Error,
        "StepFlow.Map");

    public static readonly AslRuleDescriptor BadConfig = new(
        "SF7006",
        "Invalid ItemReader, ItemBatcher or ResultWriter",
        "Map state '{0}': {1}",
        AslSeverity.Error,
        "StepFlow.Map");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { BadLabel, BadConfig };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (state.Type != "Map")
            {
                continue;
            }

            if (state.Body["Label"] is AslString label && label.Value.Length > 40)
            {
                context.Report(BadLabel, label, state.Path + ".Label", state.Name, label.Value.Length);
            }

            foreach (var field in new[] { "ItemReader", "ResultWriter" })
            {
                if (state.Body[field] is AslObject config && config["Resource"] is not AslString)
                {
                    context.Report(BadConfig, config, state.Path + "." + field, state.Name, field + " needs a Resource such as arn:aws:states:::s3:" + (field == "ItemReader" ? "getObject" : "putObject"));
                }
            }

            if (state.Body["ItemBatcher"] is AslObject batcher)
            {
                CheckBatcher(context, state, batcher);
            }
        }
    }

    private static void CheckBatcher(AslValidationContext context, StateNode state, AslObject batcher)
    {
        var path = state.Path + ".ItemBatcher";
        var limits = 0;
        foreach (var name in batcher.Names)
        {
            if (name.StartsWith("MaxItemsPerBatch", System.StringComparison.Ordinal) || name.StartsWith("MaxInputBytesPerBatch", System.StringComparison.Ordinal))
            {
                limits++;
            }
        }

        if (limits == 0)
        {
            context.Report(BadConfig, batcher, path, state.Name, "ItemBatcher needs MaxItemsPerBatch or MaxInputBytesPerBatch (or their *Path forms)");
        }

        if (batcher["MaxInputBytesPerBatch"] is AslNumber bytes && bytes.TryGetDouble(out var b) && b > PayloadSizeRule.MaxBytes)
        {
            context.Report(BadConfig, bytes, Placeholders.Append(path, "MaxInputBytesPerBatch"), state.Name, "MaxInputBytesPerBatch is at most 262144 (256 KiB)");
        }
    }
}
