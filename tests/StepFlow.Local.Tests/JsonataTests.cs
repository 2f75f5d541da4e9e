using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.Errors;
using StepFlow.Local.History;
using StepFlow.Local.Jsonata;
using Xunit;

namespace StepFlow.Local.Tests;

public sealed class JsonataTests
{
    private const string Machine = """
        {"QueryLanguage":"JSONata","StartAt":"C","States":{
          "C":{"Type":"Choice","Choices":[{"Condition":"{% big %}","Next":"T"}],"Default":"Small"},
          "Small":{"Type":"Pass","Output":"small","End":true},
          "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Arguments":{"x":"{% x %}","literal":"$.not.a.path"},
               "Assign":{"saved":"{% result %}"},"Output":{"r":"{% result %}","v":"{% saved %}"},"End":true}}}
        """;

    [Fact]
    public async Task WithoutAnEvaluatorJsonataStatesFailClearly()
    {
        var run = await TestEngine.RunAsync(Machine, """{"x":5}""");

        run.AssertFailed(StatesErrorNames.JsonataNotSupported);
        Assert.Contains("JSONata is not supported yet", run.Result.Cause);
        Assert.Equal(new[] { "ExecutionStarted", "ChoiceStateEntered", "ExecutionFailed" }, run.Types);
    }

    [Fact]
    public async Task ARegisteredEvaluatorDrivesConditionArgumentsAssignAndOutput()
    {
        JsonNode? taskInput = null;
        var run = await TestEngine.RunAsync(Machine, """{"x":5}""", o =>
        {
            o.JsonataEvaluator = new FakeEvaluator();
            o.TaskHandlers.ForState("T", i =>
            {
                taskInput = i.Input;
                return new(JsonValue.Create("done"));
            });
        });

        run.AssertSucceeded("""{"r":"done","v":null}""");
        Assert.Equal("""{"x":5,"literal":"$.not.a.path"}""", taskInput!.ToJsonString());
        Assert.Equal("\"done\"", run.Events.Single(e => e.Type == "TaskStateExited").Details!.AssignedVariables!["saved"]);
    }

    [Fact]
    public async Task UndefinedResultsAreQueryEvaluationErrorsWithAnEvaluationFailedEvent()
    {
        var run = await TestEngine.RunAsync(
            """{"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Pass","Output":{"a":"{% missing %}"},"End":true}}}""",
            configure: o => o.JsonataEvaluator = new FakeEvaluator());

        run.AssertFailed(StatesErrorNames.QueryEvaluationError);
        Assert.EndsWith("The JSONata expression ' missing ' specified for the field 'Output/a' returned nothing (undefined).", run.Result.Cause);
        var failed = run.Events.Single(e => e.Type == HistoryEventTypes.EvaluationFailed);
        Assert.Equal("Output/a", failed.Details!.Location);
    }

    [Fact]
    public async Task EvaluatorErrorsCarryTheirCode()
    {
        var run = await TestEngine.RunAsync(
            """{"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Pass","Output":"{% boom %}","End":true}}}""",
            configure: o => o.JsonataEvaluator = new FakeEvaluator());

        Assert.Contains("threw an error during evaluation. T1006: Attempted to invoke a non-function", run.Result.Cause);
    }

    /// <summary>Understands just the expressions these tests use.</summary>
    private sealed class FakeEvaluator : IJsonataEvaluator
    {
        public JsonataResult Evaluate(string expression, JsonataBindings bindings) => expression.Trim() switch
        {
            "big" => JsonataResult.FromValue(JsonValue.Create((int)bindings.Input!["x"]! > 1)),
            "x" => JsonataResult.FromValue(bindings.Input!["x"]!.DeepClone()),
            "result" => bindings.HasResult ? JsonataResult.FromValue(bindings.Result?.DeepClone()) : JsonataResult.Undefined,
            "saved" => bindings.TryGetVariable("saved", out var v) ? JsonataResult.FromValue(v?.DeepClone()) : JsonataResult.FromValue(null),
            "boom" => JsonataResult.Failure("T1006", "Attempted to invoke a non-function"),
            _ => JsonataResult.Undefined,
        };
    }
}
