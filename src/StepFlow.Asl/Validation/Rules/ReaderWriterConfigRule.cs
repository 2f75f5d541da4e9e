using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation.Syntax;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// The settings objects of a Distributed Map's reader and writer: ItemReader.ReaderConfig sets at most one of
/// MaxItems and MaxItemsPath and names a known InputType; ResultWriter.WriterConfig names a known OutputType and
/// Transformation (ASL reference §4.6). Reported under DistributedMapConfigRule's id, which already covers the
/// Resource these objects need.
/// </summary>
public sealed class ReaderWriterConfigRule : IAslRule
{
    private static readonly string[] InputTypes = { "CSV", "JSON", "JSONL", "PARQUET", "MANIFEST" };
    private static readonly string[] OutputTypes = { "JSON", "JSONL" };
    private static readonly string[] Transformations = { "NONE", "COMPACT", "FLATTEN" };

    /// <summary>Nothing of its own: the findings are SF7006's.</summary>
    public IEnumerable<AslRuleDescriptor> Descriptors => System.Array.Empty<AslRuleDescriptor>();

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (state.Type != "Map")
            {
                continue;
            }

            if (state.Body["ItemReader"] is AslObject reader && reader["ReaderConfig"] is AslObject readerConfig)
            {
                CheckReader(context, state, readerConfig);
            }

            if (state.Body["ResultWriter"] is AslObject writer && writer["WriterConfig"] is AslObject writerConfig)
            {
                CheckEnum(context, state, writerConfig, "ResultWriter.WriterConfig", "OutputType", OutputTypes);
                CheckEnum(context, state, writerConfig, "ResultWriter.WriterConfig", "Transformation", Transformations);
            }
        }
    }

    private static void CheckReader(AslValidationContext context, StateNode state, AslObject config)
    {
        if (config.Contains("MaxItems") && config["MaxItemsPath"] is { } path)
        {
            context.Report(DistributedMapConfigRule.BadConfig, path, state.Path + ".ItemReader.ReaderConfig.MaxItemsPath", state.Name,
                "ItemReader.ReaderConfig sets both MaxItems and MaxItemsPath: keep one");
        }

        CheckEnum(context, state, config, "ItemReader.ReaderConfig", "InputType", InputTypes);
    }

    /// <summary>A JSONata expression is left to the JSONata rules; any other value must be one of <paramref name="allowed"/>.</summary>
    private static void CheckEnum(AslValidationContext context, StateNode state, AslObject config, string where, string field, string[] allowed)
    {
        var value = config[field];
        if (value is null || (value is AslString text && (System.Array.IndexOf(allowed, text.Value) >= 0 || JsonataSyntax.IsExpression(text.Value))))
        {
            return;
        }

        var shown = value is AslString s ? "'" + s.Value + "'" : value.ToString();
        context.Report(DistributedMapConfigRule.BadConfig, value, state.Path + "." + where + "." + field, state.Name,
            where + "." + field + " " + shown + " is not one of " + string.Join(", ", allowed));
    }
}
