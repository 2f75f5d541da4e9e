using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.DataFlow;
using StepFlow.Local.Errors;
using StepFlow.Local.Evaluation;
using StepFlow.Local.Execution;
using StepFlow.Local.Json;
using StepFlow.Local.Tasks;
using StepFlow.Paths;

namespace StepFlow.Local.States;

/// <summary><c>"Type": "Task"</c>: runs through a handler or mock, with Retry/Catch and timeouts.</summary>
internal sealed class TaskState : State
{
    public required TaskResource Resource { get; init; }

    public long? TimeoutSeconds { get; init; }

    public JsonPath? TimeoutSecondsPath { get; init; }

    public JsonataTemplate? TimeoutExpression { get; init; }

    public long? HeartbeatSeconds { get; init; }

    public JsonPath? HeartbeatSecondsPath { get; init; }

    public JsonataTemplate? HeartbeatExpression { get; init; }

    public IReadOnlyList<Retrier> Retriers { get; init; } = [];

    public IReadOnlyList<Catcher> Catchers { get; init; } = [];

    public override string TypeName => "Task";

    public override bool HasRetryCount => true;

    public override async ValueTask<StateResult> ExecuteAsync(StateVisit visit)
    {
        var effective = Flow.EffectiveInput(visit);
        var (result, caught) = await FaultHandling.RunAsync(visit, Retriers, Catchers, v => AttemptAsync(v, effective));
        if (caught is { } handled)
        {
            return handled;
        }

        var output = Flow.Output(visit, result, null, null, out var assigned);
        return Continue(output, assigned);
    }

    private ValueTask<JsonNode?> AttemptAsync(StateVisit visit, JsonNode? effective)
    {
        // The token must exist before Parameters run: they usually pass $$.Task.Token on.
        visit.TaskToken = Resource.IsWaitForTaskToken ? IntrinsicEvaluator.NewUuid(visit.Random) : null;
        var input = Flow.TaskInput(visit, effective);
        var timeout = Seconds(visit, effective, TimeoutSeconds, TimeoutSecondsPath, TimeoutExpression, "TimeoutSecondsPath");
        var heartbeat = Seconds(visit, effective, HeartbeatSeconds, HeartbeatSecondsPath, HeartbeatExpression, "HeartbeatSecondsPath");
        return visit.Run.Tasks.InvokeAsync(visit, Resource, input, timeout, heartbeat);
    }

    private static long? Seconds(StateVisit visit, JsonNode? effective, long? literal, JsonPath? path, JsonataTemplate? expression, string field)
    {
        if (literal is not null)
        {
            return literal;
        }

        JsonNode? value;
        if (path is not null)
        {
            if (!JsonPathEvaluator.TryEvaluate(path, visit.PathScope(effective), out value))
            {
                throw StatesErrorException.Runtime("Invalid path '" + path.Text + "' : No results for path: " + JsonPathEvaluator.ToBracketNotation(path));
            }
        }
        else if (expression is not null)
        {
            value = expression.Evaluate(visit, visit.JsonataBindings());
        }
        else
        {
            return null;
        }

        if (!JsonNodes.IsNumber(value, out var number) || number <= 0 || number != System.Math.Floor(number))
        {
            var error = path is null ? StatesErrorNames.QueryEvaluationError : StatesErrorNames.Runtime;
            throw new StatesErrorException(error, "The " + field + " value must be a positive integer but was " + JsonNodes.ToCompactJson(value) + ".");
        }

        return (long)number;
    }
}
