using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.History;
using Xunit;

namespace StepFlow.Local.Jsonata.Tests;

/// <summary>JSONata fields evaluated by the engine through the adapter.</summary>
public sealed class EngineEvaluationTests
{
    [Fact]
    public async Task OutputSeesStatesInputAndComputes()
    {
        var (result, _) = await JsonataMachine.RunAsync("""
            {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true,
              "Output": {"total": "{% $sum($states.input.items.price) %}", "first": "{% $states.input.items[0].name %}"}}}}
            """, """{"items": [{"name": "a", "price": 2.5}, {"name": "b", "price": 4}]}""");

        Assert.Equal("SUCCEEDED", result.Status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"total": 6.5, "first": "a"}"""), JsonNode.Parse(result.Output!)), result.Output);
    }

    [Fact]
    public async Task AssignedVariablesReachLaterStatesAndConditions()
    {
        var (result, _) = await JsonataMachine.RunAsync("""
            {"QueryLanguage": "JSONata", "StartAt": "Set", "States": {
              "Set": {"Type": "Pass", "Assign": {"limit": "{% $states.input.n * 2 %}"}, "Next": "Check"},
              "Check": {"Type": "Choice", "Choices": [{"Condition": "{% $limit > 5 %}", "Next": "Big"}], "Default": "Small"},
              "Big": {"Type": "Pass", "Output": "{% 'big ' & $string($limit) %}", "End": true},
              "Small": {"Type": "Pass", "Output": "small", "End": true}}}
            """, """{"n": 3}""");

        Assert.Equal("SUCCEEDED", result.Status);
        Assert.Equal("\"big 6\"", result.Output);
    }

    [Fact]
    public async Task ArgumentsBuildTheTaskInputAndResultFeedsOutput()
    {
        JsonNode? received = null;
        var (result, _) = await JsonataMachine.RunAsync("""
            {"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {"Type": "Task",
              "Resource": "arn:aws:lambda:us-east-1:123456789012:function:double", "End": true,
              "Arguments": {"doubled": "{% $states.input.v * 2 %}"},
              "Output": "{% $states.result.doubled + 1 %}"}}}
            """, """{"v": 20}""", options => options.TaskHandlers.ForState("T", invocation =>
            {
                received = invocation.Input?.DeepClone();
                return ValueTask.FromResult(invocation.Input?.DeepClone());
            }));

        Assert.Equal("SUCCEEDED", result.Status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"doubled": 40}"""), received), received?.ToJsonString());
        Assert.Equal("41", result.Output);
    }

    [Fact]
    public async Task UndefinedResultRaisesQueryEvaluationErrorWithEvaluationFailedEvent()
    {
        var (result, events) = await JsonataMachine.RunOutputAsync("$states.input.missing");

        Assert.Equal("FAILED", result.Status);
        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.Contains("returned nothing (undefined)", result.Cause);
        Assert.Contains(events, e => e.Type == HistoryEventTypes.EvaluationFailed);
    }

    [Fact]
    public async Task EvaluationErrorCauseCarriesTheJsonataCode()
    {
        var (result, _) = await JsonataMachine.RunOutputAsync("$notAFunction(1)");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.EndsWith("T1006: Attempted to invoke a non-function", result.Cause);
    }
}
