using System.Text.Json.Nodes;
using Xunit;

namespace StepFlow.Local.Jsonata.Tests;

/// <summary>The adapter on its own: caching, syntax errors with position, undefined and $states.</summary>
public sealed class JsonataEngineEvaluatorTests
{
    [Fact]
    public async System.Threading.Tasks.Task SyntaxErrorReportsCodeMessageAndPosition()
    {
        var (result, _) = await JsonataMachine.RunOutputAsync("1 +");

        Assert.Equal("States.QueryEvaluationError", result.Error);
        Assert.Matches(@"S0\d{3}: .+ \(at position \d+\)$", result.Cause);
    }

    [Fact]
    public async System.Threading.Tasks.Task EachExpressionTextIsParsedOnce()
    {
        var evaluator = new JsonataEngineEvaluator();
        var (result, _) = await JsonataMachine.RunAsync("""
            {"QueryLanguage": "JSONata", "StartAt": "M", "States": {"M": {"Type": "Map", "Items": "{% [1, 2, 3, 4] %}", "End": true,
              "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "Output": "{% $states.input * 10 %}", "End": true}}}}}}
            """, configure: options => options.JsonataEvaluator = evaluator);

        Assert.Equal("[10,20,30,40]", JsonNode.Parse(result.Output!)!.ToJsonString());
        Assert.Equal(2, evaluator.CachedExpressionCount);
    }

    [Fact]
    public async System.Threading.Tasks.Task StatesResultIsUndefinedWhereItDoesNotExist()
    {
        var (result, _) = await JsonataMachine.RunOutputAsync("$exists($states.result)");

        Assert.Equal("false", result.Output);
    }
}
