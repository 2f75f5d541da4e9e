using System;
using System.Globalization;
using System.Text.Json.Nodes;
using StepFlow.Local.Errors;
using StepFlow.Local.Evaluation;
using StepFlow.Local.Execution;
using StepFlow.Local.Json;
using StepFlow.Local.Maps;
using StepFlow.Paths;

namespace StepFlow.Local.States;

/// <summary>Reads Map numeric settings with AWS's validation messages (asl-reference §3.7).</summary>
internal static class MapNumbers
{
    public static double? Resolve(StateVisit visit, JsonNode? effective, MapNumber? number, bool integer)
    {
        if (number is null)
        {
            return null;
        }

        if (number.Literal is { } literal)
        {
            return literal;
        }

        JsonNode? value;
        if (number.Path is { } path)
        {
            if (!JsonPathEvaluator.TryEvaluate(path, visit.PathScope(effective), out value))
            {
                throw StatesErrorException.Runtime("Invalid path '" + path.Text + "' : No results for path: " + JsonPathEvaluator.ToBracketNotation(path));
            }

            // AWS also accepts numeric strings here (e.g. a variable assigned "1").
            if (!JsonNodes.IsNumber(value, out var d) && !(JsonNodes.IsString(value, out var numeric) && double.TryParse(numeric, NumberStyles.Float, CultureInfo.InvariantCulture, out d)))
            {
                throw NotValid(number, path, value, integer);
            }

            if (integer && d != Math.Floor(d))
            {
                throw NotValid(number, path, value, integer);
            }

            return d;
        }

        return FromExpression(visit, number, integer);
    }

    private static StatesErrorException NotValid(MapNumber number, JsonPath path, JsonNode? value, bool integer)
    {
        var text = JsonNodes.IsString(value, out var s) ? s : JsonNodes.ToCompactJson(value);
        return StatesErrorException.Runtime(
            "The " + number.PathField + " field refers to value \"" + text + "\" which is not a valid " + (integer ? "integer" : "float") + ": " + path.Text);
    }

    private static double FromExpression(StateVisit visit, MapNumber number, bool integer)
    {
        var value = number.Expression!.Evaluate(visit, visit.JsonataBindings());
        if (!JsonNodes.IsNumber(value, out var result) || (integer && result != Math.Floor(result)))
        {
            throw new StatesErrorException(
                StatesErrorNames.QueryEvaluationError,
                "The " + number.Expression.Field + " field must evaluate to a number but was " + JsonNodes.ToCompactJson(value) + ".");
        }

        return result;
    }
}
