using System.Text.Json.Nodes;
using StepFlow.Local.DataFlow;
using StepFlow.Local.Evaluation;

namespace StepFlow.Local.Definition;

/// <summary>Builds a state's <see cref="StateDataFlow"/> from its fields.</summary>
internal static class DataFlowParser
{
    /// <param name="fields">The state object.</param>
    /// <param name="jsonata">True for a JSONata state.</param>
    /// <param name="parametersField">Which field holds the payload template (Map: ItemSelector or Parameters).</param>
    /// <param name="producesResult">True for Task, Parallel and Map.</param>
    public static StateDataFlow Parse(JsonFields fields, bool jsonata, string? parametersField, bool producesResult)
    {
        if (jsonata)
        {
            var argumentsField = parametersField == "Parameters" ? "Arguments" : parametersField;
            return new JsonataDataFlow
            {
                Arguments = argumentsField is not null && fields.Has(argumentsField) ? new JsonataTemplate(fields.Raw(argumentsField), argumentsField) : null,
                OutputTemplate = fields.Has("Output") ? new JsonataTemplate(fields.Raw("Output"), "Output") : null,
                Assign = fields.Has("Assign") ? AssignBlock.ForJsonata(fields.Raw("Assign")) : null,
                ProducesResult = producesResult,
            };
        }

        return new JsonPathDataFlow
        {
            InputPath = fields.PathField("InputPath"),
            OutputPath = fields.PathField("OutputPath"),
            ResultPath = fields.PathField("ResultPath", reference: true),
            Parameters = parametersField is not null && fields.Has(parametersField) ? PayloadTemplate.Compile(fields.Raw(parametersField), fields.At(parametersField)) : null,
            ResultSelector = fields.Has("ResultSelector") ? PayloadTemplate.Compile(fields.Raw("ResultSelector"), fields.At("ResultSelector")) : null,
            Assign = Assign(fields, jsonata: false),
        };
    }

    public static AssignBlock? Assign(JsonFields fields, bool jsonata)
    {
        if (!fields.Has("Assign"))
        {
            return null;
        }

        if (fields.Raw("Assign") is not JsonObject)
        {
            throw JsonFields.Error("The value for the field 'Assign' must be an OBJECT", fields.At("Assign"));
        }

        return jsonata ? AssignBlock.ForJsonata(fields.Raw("Assign")) : AssignBlock.ForJsonPath(fields.Raw("Assign"), fields.At("Assign"));
    }
}
