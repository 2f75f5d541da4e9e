using System.Collections.Generic;
using System.Text.Json.Nodes;
using StepFlow.Local.Errors;
using StepFlow.Local.Evaluation;
using StepFlow.Local.Execution;
using StepFlow.Local.States;

namespace StepFlow.Local.DataFlow;

/// <summary>The JSONPath pipeline of asl-reference §3.2.</summary>
internal sealed class JsonPathDataFlow : StateDataFlow
{
    public PathField InputPath { get; init; }

    public PathField OutputPath { get; init; }

    public PathField ResultPath { get; init; }

    public PayloadTemplate? Parameters { get; init; }

    public PayloadTemplate? ResultSelector { get; init; }

    public AssignBlock? Assign { get; init; }

    public override JsonNode? EffectiveInput(StateVisit visit) => SelectPath(visit, InputPath, visit.RawInput);

    public override JsonNode? TaskInput(StateVisit visit, JsonNode? effectiveInput, JsonObject? mapItemContext = null)
    {
        if (Parameters is null)
        {
            return effectiveInput;
        }

        IStateContext context = mapItemContext is null ? visit : new MapItemStateContext(visit, mapItemContext);
        return Parameters.Evaluate(new PathScope(effectiveInput, context));
    }

    public override JsonNode? Output(StateVisit visit, JsonNode? result, AssignBlock? assign, JsonNode? outputOverride, out IReadOnlyDictionary<string, JsonNode?>? assigned)
    {
        assigned = (assign ?? Assign)?.Evaluate(visit, result, null);
        var effectiveResult = ResultSelector is null ? result : ResultSelector.Evaluate(visit.PathScope(result));
        var combined = ResultPathWriter.Apply(ResultPath, visit.RawInput, effectiveResult);
        return SelectPath(visit, OutputPath, combined);
    }

    public override JsonNode? CatchOutput(StateVisit visit, Catcher catcher, JsonObject errorOutput, out IReadOnlyDictionary<string, JsonNode?>? assigned)
    {
        assigned = catcher.Assign?.Evaluate(visit, errorOutput, null);
        return ResultPathWriter.Apply(catcher.ResultPath, visit.RawInput, errorOutput);
    }

    private static JsonNode? SelectPath(StateVisit visit, PathField field, JsonNode? value)
    {
        if (field.IsNull)
        {
            return new JsonObject();
        }

        if (field.IsIdentity)
        {
            return value;
        }

        var path = field.Path!;
        if (!JsonPathEvaluator.TryEvaluate(path, visit.PathScope(value), out var selected))
        {
            throw StatesErrorException.Runtime("Invalid path '" + path.Text + "' : No results for path: " + JsonPathEvaluator.ToBracketNotation(path));
        }

        return selected;
    }
}
