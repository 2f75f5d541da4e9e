using System;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.DataFlow;
using StepFlow.Local.Errors;
using StepFlow.Local.Evaluation;
using StepFlow.Local.Execution;
using StepFlow.Local.Json;
using StepFlow.Paths;

namespace StepFlow.Local.States;

/// <summary><c>"Type": "Wait"</c>: sleeps on the execution clock (virtual time makes this instant in tests).</summary>
internal sealed class WaitState : State
{
    // AWS refuses waits longer than 2^31 seconds.
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(int.MaxValue);

    public long? Seconds { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public JsonPath? SecondsPath { get; init; }

    public JsonPath? TimestampPath { get; init; }

    public JsonataTemplate? SecondsExpression { get; init; }

    public JsonataTemplate? TimestampExpression { get; init; }

    public override string TypeName => "Wait";

    public override async ValueTask<StateResult> ExecuteAsync(StateVisit visit)
    {
        var effective = Flow.EffectiveInput(visit);
        var delay = ComputeDelay(visit, effective);
        if (delay > MaxWait)
        {
            throw StatesErrorException.Runtime("Wait state delay is too long.");
        }

        await visit.Run.DelayAsync(delay, visit.Scope.Cancellation);
        var output = Flow.Output(visit, effective, null, null, out var assigned);
        return Continue(output, assigned);
    }

    private TimeSpan ComputeDelay(StateVisit visit, JsonNode? effective)
    {
        var now = visit.Run.Clock.GetUtcNow();
        if (Seconds is { } seconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (Timestamp is { } timestamp)
        {
            return timestamp - now;
        }

        if (SecondsPath is not null)
        {
            if (!JsonPathEvaluator.TryEvaluate(SecondsPath, visit.PathScope(effective), out var value))
            {
                throw StatesErrorException.Runtime("The SecondsPath parameter does not reference an input value: " + SecondsPath.Text);
            }

            if (!JsonNodes.IsNumber(value, out var number) || number != Math.Floor(number))
            {
                throw StatesErrorException.Runtime("The SecondsPath parameter cannot be parsed as a long value: " + SecondsPath.Text + " == " + JsonNodes.ToCompactJson(value));
            }

            if (number < 0)
            {
                throw StatesErrorException.Runtime("The SecondsPath parameter references a negative value: " + SecondsPath.Text + " == " + number.ToString(CultureInfo.InvariantCulture));
            }

            return TimeSpan.FromSeconds(number);
        }

        if (TimestampPath is not null)
        {
            if (!JsonPathEvaluator.TryEvaluate(TimestampPath, visit.PathScope(effective), out var value))
            {
                throw StatesErrorException.Runtime("The TimestampPath parameter does not reference an input value: " + TimestampPath.Text);
            }

            if (!JsonNodes.IsString(value, out var text) || !Rfc3339.TryParse(text, out var when))
            {
                throw StatesErrorException.Runtime(
                    "The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: " + TimestampPath.Text + " == " + JsonNodes.ToCompactJson(value));
            }

            return when - now;
        }

        return JsonataDelay(visit, now);
    }

    private TimeSpan JsonataDelay(StateVisit visit, DateTimeOffset now)
    {
        if (SecondsExpression is not null)
        {
            var value = SecondsExpression.Evaluate(visit, visit.JsonataBindings());
            if (!JsonNodes.IsNumber(value, out var number) || number < 0 || number != Math.Floor(number))
            {
                throw new StatesErrorException(StatesErrorNames.QueryEvaluationError, "The Seconds field must evaluate to a non-negative integer but was " + JsonNodes.ToCompactJson(value) + ".");
            }

            return TimeSpan.FromSeconds(number);
        }

        if (TimestampExpression is not null)
        {
            var value = TimestampExpression.Evaluate(visit, visit.JsonataBindings());
            if (!JsonNodes.IsString(value, out var text) || !Rfc3339.TryParse(text, out var when))
            {
                // Recorded: EvaluationFailed follows WaitStateEntered here (unlike expression failures).
                throw JsonataTemplate.EvaluationFailed(
                    visit,
                    "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: " + (JsonNodes.IsString(value, out var raw) ? raw : JsonNodes.ToCompactJson(value)),
                    "Timestamp",
                    visit.EnteredEventId);
            }

            return when - now;
        }

        return TimeSpan.Zero;
    }
}
