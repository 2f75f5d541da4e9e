using System.Text.Json.Nodes;
using StepFlow.Local.Errors;
using StepFlow.Local.Json;
using StepFlow.Paths;

namespace StepFlow.Local.Evaluation;

/// <summary>A compiled <c>.$</c> value: a path (input, context or variable) or an intrinsic call.</summary>
internal sealed class ValueExpression
{
    private readonly PayloadExpression _expression;

    private ValueExpression(PayloadExpression expression, string field)
    {
        _expression = expression;
        Field = field;
    }

    /// <summary>The field name used in error messages (e.g. <c>value.$</c> or <c>ErrorPath</c>).</summary>
    public string Field { get; }

    public string Text => _expression.Path?.Text ?? _expression.Call!.Name;

    public static ValueExpression Compile(string text, string field, string location)
    {
        try
        {
            return new ValueExpression(PayloadExpression.Parse(text), field);
        }
        catch (PathParseException e)
        {
            throw new InvalidDefinitionException(
                "The value for the field '" + field + "' must be a valid JSONPath or a valid intrinsic function call (" + e.Reason + ")", location);
        }
    }

    /// <summary>Evaluates; a path that selects nothing is a States.Runtime error naming the field.</summary>
    public JsonNode? Evaluate(in PathScope scope)
    {
        if (_expression.Call is { } call)
        {
            return IntrinsicEvaluator.Evaluate(call, scope, Field);
        }

        var path = _expression.Path!;
        if (!JsonPathEvaluator.TryEvaluate(path, scope, out var value))
        {
            throw StatesErrorException.Runtime(
                "The JSONPath '" + path.Text + "' specified for the field '" + Field + "' could not be found in the input '" + JsonNodes.ToCompactJson(scope.Input) + "'");
        }

        return value;
    }
}
