using System;
using System.Text.Json.Nodes;
using StepFlow.Local.Errors;
using StepFlow.Local.Execution;
using StepFlow.Local.History;
using StepFlow.Local.Json;
using StepFlow.Local.Jsonata;

namespace StepFlow.Local.DataFlow;

/// <summary>A JSONata-state field value: any JSON in which strings of the form <c>{% expr %}</c> are evaluated.</summary>
internal sealed class JsonataTemplate
{
    private readonly JsonNode? _template;

    public JsonataTemplate(JsonNode? template, string field)
    {
        _template = template;
        Field = field;
    }

    public string Field { get; }

    /// <summary>The expression when the whole field is one <c>{% expr %}</c> string (as error causes quote it).</summary>
    public string? Expression => _template is JsonValue value && value.TryGetValue<string>(out var text) && IsExpression(text, out var expression) ? expression.Trim() : null;

    public static bool IsExpression(string text, out string expression)
    {
        if (text.Length >= 4 && text.StartsWith("{%", StringComparison.Ordinal) && text.EndsWith("%}", StringComparison.Ordinal))
        {
            expression = text.Substring(2, text.Length - 4);
            return true;
        }

        expression = string.Empty;
        return false;
    }

    public JsonNode? Evaluate(StateVisit visit, JsonataBindings bindings) => EvaluateNode(_template, visit, bindings, Field);

    private static JsonNode? EvaluateNode(JsonNode? node, StateVisit visit, JsonataBindings bindings, string location)
    {
        switch (node)
        {
            case JsonObject obj:
                var resultObject = new JsonObject();
                foreach (var pair in obj)
                {
                    resultObject[pair.Key] = JsonNodes.Detach(EvaluateNode(pair.Value, visit, bindings, location + "/" + pair.Key));
                }

                return resultObject;
            case JsonArray array:
                var resultArray = new JsonArray();
                for (var i = 0; i < array.Count; i++)
                {
                    resultArray.Add(JsonNodes.Detach(EvaluateNode(array[i], visit, bindings, location + "/" + i)));
                }

                return resultArray;
            default:
                if (JsonNodes.IsString(node, out var text) && IsExpression(text, out var expression))
                {
                    return EvaluateExpression(expression, visit, bindings, location);
                }

                return node?.DeepClone();
        }
    }

    /// <summary>Evaluates one expression; failures become States.QueryEvaluationError preceded by EvaluationFailed.</summary>
    public static JsonNode? EvaluateExpression(string expression, StateVisit visit, JsonataBindings bindings, string location)
    {
        var evaluator = visit.Run.Options.JsonataEvaluator ?? throw JsonataSupport.NotSupported(visit.State.Name);
        var result = evaluator.Evaluate(expression, bindings);
        if (result.IsError)
        {
            throw Fail(visit, expression, location, "threw an error during evaluation. " + result.ErrorCode + ": " + result.ErrorMessage);
        }

        if (result.IsUndefined)
        {
            throw Fail(visit, expression, location, "returned nothing (undefined).");
        }

        return result.Value;
    }

    public static StatesErrorException Fail(StateVisit visit, string expression, string location, string problem)
    {
        return EvaluationFailed(visit, "The JSONata expression '" + expression + "' specified for the field '" + location + "' " + problem, location);
    }

    /// <summary>Records EvaluationFailed for a JSONata state and returns the States.QueryEvaluationError to throw;
    /// <paramref name="previousEventId"/> is the event it follows (by default the one before StateEntered).</summary>
    public static StatesErrorException EvaluationFailed(StateVisit visit, string problem, string location, long? previousEventId = null)
    {
        var cause = "An error occurred while executing the state '" + visit.State.Name + "' (entered at the event id #" + visit.EnteredEventId + "). " + problem;
        // AWS points EvaluationFailed at the event before StateEntered (recorded in every case that has one).
        visit.Scope.Cursor.Last = visit.Scope.History.EmitSide(previousEventId ?? visit.EnteredAfterEventId, HistoryEventTypes.EvaluationFailed, new HistoryEventDetails
        {
            Error = StatesErrorNames.QueryEvaluationError,
            Cause = cause,
            Location = location,
            State = visit.State.Name,
        });
        return new StatesErrorException(StatesErrorNames.QueryEvaluationError, cause);
    }
}
