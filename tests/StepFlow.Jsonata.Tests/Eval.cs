using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace StepFlow.Jsonata.Tests;

/// <summary>Small helpers so tests read as expression → expected JSON.</summary>
internal static class Eval
{
    /// <summary>Evaluates; a null <paramref name="inputJson"/> means no input at all (undefined).</summary>
    public static JsonataResult Run(string expression, string? inputJson = null, JsonataEvaluationOptions? options = null,
        IReadOnlyDictionary<string, JsonNode?>? bindings = null)
    {
        JsonataResult input = inputJson is null ? JsonataResult.Undefined : JsonataResult.FromJson(JsonNode.Parse(inputJson));
        Dictionary<string, JsonataResult>? converted = null;
        if (bindings is not null)
        {
            converted = new Dictionary<string, JsonataResult>();
            foreach (var pair in bindings) converted[pair.Key] = JsonataResult.FromJson(pair.Value);
        }
        return JsonataExpression.Parse(expression).Evaluate(input, converted, options);
    }

    /// <summary>The result as compact JSON text, or "undefined".</summary>
    public static string Json(string expression, string? inputJson = null) => Run(expression, inputJson).ToString();
}
