using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.DataFlow;
using StepFlow.Local.Errors;
using StepFlow.Local.Evaluation;
using StepFlow.Local.Execution;
using StepFlow.Local.Json;

namespace StepFlow.Local.States;

/// <summary><c>"Type": "Fail"</c>: raises Error/Cause (literal, path, intrinsic or JSONata).</summary>
internal sealed class FailState : State
{
    public string? Error { get; init; }

    public string? Cause { get; init; }

    public ValueExpression? ErrorPath { get; init; }

    public ValueExpression? CausePath { get; init; }

    public JsonataTemplate? ErrorExpression { get; init; }

    public JsonataTemplate? CauseExpression { get; init; }

    public override string TypeName => "Fail";

    public override ValueTask<StateResult> ExecuteAsync(StateVisit visit)
    {
        var error = Resolve(visit, Error, ErrorPath, ErrorExpression);
        var cause = Resolve(visit, Cause, CausePath, CauseExpression);
        throw new StatesErrorException(error, cause);
    }

    private static string? Resolve(StateVisit visit, string? literal, ValueExpression? path, JsonataTemplate? expression)
    {
        JsonNode? value;
        if (path is not null)
        {
            value = path.Evaluate(visit.PathScope(visit.RawInput));
        }
        else if (expression is not null)
        {
            value = expression.Evaluate(visit, visit.JsonataBindings());
        }
        else
        {
            return literal;
        }

        return JsonNodes.IsString(value, out var text) ? text : JsonNodes.ToCompactJson(value);
    }
}
