using StepFlow.Local.DataFlow;
using StepFlow.Local.Evaluation;
using StepFlow.Local.Maps;
using StepFlow.Local.States;

namespace StepFlow.Local.Definition;

/// <summary>Compiles Map states (inline, distributed, legacy Iterator/Parameters forms).</summary>
internal sealed class MapParser(DefinitionParser definition)
{
    public MapState Parse(string name, JsonFields fields, bool jsonata, string? next, bool end)
    {
        var processor = fields.Child("ItemProcessor") ?? fields.Child("Iterator")
                        ?? throw JsonFields.Error("These fields are required: [ItemProcessor]", fields.Location);
        var mode = processor.Child("ProcessorConfig")?.String("Mode") ?? "INLINE";
        var selectorField = fields.Has("ItemSelector") ? "ItemSelector" : fields.Has("Parameters") && !jsonata ? "Parameters" : null;
        return new MapState
        {
            Name = name, Next = next, End = end, IsJsonata = jsonata,
            Flow = DataFlowParser.Parse(fields, jsonata, selectorField, producesResult: true),
            HasItemSelector = selectorField is not null,
            Processor = definition.ParseBlock(processor),
            Distributed = mode == "DISTRIBUTED",
            ItemsPath = jsonata ? null : fields.Path("ItemsPath", reference: true),
            ItemsExpression = jsonata && fields.Has("Items") ? new JsonataTemplate(fields.Raw("Items"), "Items") : null,
            MaxConcurrency = Number(fields, "MaxConcurrency", jsonata),
            ToleratedFailureCount = Number(fields, "ToleratedFailureCount", jsonata),
            ToleratedFailurePercentage = Number(fields, "ToleratedFailurePercentage", jsonata),
            ItemReader = Reader(fields.Child("ItemReader"), jsonata),
            ItemBatcher = Batcher(fields.Child("ItemBatcher"), jsonata),
            ResultWriter = Writer(fields.Child("ResultWriter"), jsonata),
            Label = fields.String("Label"),
            Retriers = ErrorHandlingParser.Retriers(fields),
            Catchers = ErrorHandlingParser.Catchers(fields, jsonata),
        };
    }

    private static MapNumber? Number(JsonFields fields, string name, bool jsonata)
    {
        if (jsonata && StateParser.IsExpression(fields, name))
        {
            return new MapNumber(null, null, new JsonataTemplate(fields.Raw(name), name), name);
        }

        if (fields.Number(name) is { } literal)
        {
            return new MapNumber(literal, null, null, name);
        }

        return fields.Path(name + "Path", reference: true) is { } path ? new MapNumber(null, path, null, name + "Path") : null;
    }

    private static MapItemReader? Reader(JsonFields? reader, bool jsonata)
    {
        if (reader is not { } fields)
        {
            return null;
        }

        var config = fields.Child("ReaderConfig");
        return new MapItemReader(
            fields.RequiredString("Resource"),
            !jsonata && fields.Has("Parameters") ? PayloadTemplate.Compile(fields.Raw("Parameters"), fields.At("Parameters")) : null,
            jsonata && fields.Has("Arguments") ? new JsonataTemplate(fields.Raw("Arguments"), "ItemReader/Arguments") : null,
            config?.Object,
            config is { } c ? Number(c, "MaxItems", jsonata) : null);
    }

    private static MapItemBatcher? Batcher(JsonFields? batcher, bool jsonata)
    {
        if (batcher is not { } fields)
        {
            return null;
        }

        return new MapItemBatcher(
            Number(fields, "MaxItemsPerBatch", jsonata),
            Number(fields, "MaxInputBytesPerBatch", jsonata),
            !jsonata && fields.Has("BatchInput") ? PayloadTemplate.Compile(fields.Raw("BatchInput"), fields.At("BatchInput")) : null,
            jsonata && fields.Has("BatchInput") ? new JsonataTemplate(fields.Raw("BatchInput"), "ItemBatcher/BatchInput") : null);
    }

    private static MapResultWriter? Writer(JsonFields? writer, bool jsonata)
    {
        if (writer is not { } fields)
        {
            return null;
        }

        return new MapResultWriter(
            fields.RequiredString("Resource"),
            !jsonata && fields.Has("Parameters") ? PayloadTemplate.Compile(fields.Raw("Parameters"), fields.At("Parameters")) : null,
            jsonata && fields.Has("Arguments") ? new JsonataTemplate(fields.Raw("Arguments"), "ResultWriter/Arguments") : null);
    }
}
