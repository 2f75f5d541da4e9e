using System.Linq;
using System.Threading.Tasks;
using StepFlow.Local.History;
using Xunit;

namespace StepFlow.Local.Tests;

public sealed class DataFlowTests
{
    [Fact]
    public async Task JsonPathPipelineAppliesEveryStepInOrder()
    {
        var run = await TestEngine.RunAsync(
            """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
              "InputPath":"$.order","Parameters":{"id.$":"$.id","fixed":"x"},
              "ResultSelector":{"total.$":"$.Payload.total"},"ResultPath":"$.order.result","OutputPath":"$.order","End":true}}}
            """,
            """{"order":{"id":7},"other":true}""",
            o => o.TaskHandlers.ForState("T", i => new(System.Text.Json.Nodes.JsonNode.Parse("{\"Payload\":{\"total\":" + (int)i.Input!["id"]! * 2 + "}}"))));

        run.AssertSucceeded("""{"id":7,"result":{"total":14}}""");
        var scheduled = run.Events.Single(e => e.Type == HistoryEventTypes.TaskScheduled);
        Assert.Equal("""{"id":7,"fixed":"x"}""", scheduled.Details!.Parameters);
    }

    [Fact]
    public async Task NullPathsMeanEmptyInputAndDiscardedResult()
    {
        var run = await TestEngine.RunAsync(
            TestEngine.Single("""{"Type":"Pass","InputPath":null,"Result":{"r":1},"ResultPath":null,"End":true}"""),
            """{"keep":"me"}""");

        run.AssertSucceeded("""{"keep":"me"}""");
    }

    [Fact]
    public async Task ResultPathCreatesMissingObjectsWithoutTouchingTheRecordedInput()
    {
        var run = await TestEngine.RunAsync(
            TestEngine.Single("""{"Type":"Pass","Result":42,"ResultPath":"$.a.b.c","End":true}"""),
            """{"x":1}""");

        run.AssertSucceeded("""{"x":1,"a":{"b":{"c":42}}}""");
        Assert.Equal("""{"x":1}""", run.Events.Single(e => e.Type == "PassStateEntered").Details!.Input);
    }

    [Fact]
    public async Task ResultPathOnANonObjectInputIsAResultPathMatchFailure()
    {
        var run = await TestEngine.RunAsync(TestEngine.Single("""{"Type":"Pass","Result":1,"ResultPath":"$.x","End":true}"""), "\"text\"");

        run.AssertFailed("States.ResultPathMatchFailure");
    }

    /// <summary>Real AWS samples write "$.[0]" and "$.a.[0]"; Jayway, and so AWS, reads them as "$[0]" and "$.a[0]".</summary>
    [Fact]
    public async Task A_dot_before_a_bracket_selects_as_the_bracket_alone()
    {
        var run = await TestEngine.RunAsync(
            TestEngine.Single("""{"Type":"Pass","Parameters":{"first.$":"$.[0]","state.$":"$.[1].Snapshots.[0].State","picked.$":"$.[?(@.n > 1)].n"},"End":true}"""),
            """[{"n":1},{"n":2,"Snapshots":[{"State":"completed"}]}]""");

        run.AssertSucceeded("""{"first":{"n":1},"state":"completed","picked":[2]}""");
    }

    /// <summary>
    /// "@.status==Failure" loads, as AWS creates such definitions, but Jayway cannot read the bare word, so it is a
    /// run-time error that says to quote it rather than a silent string (or number) comparison.
    /// </summary>
    [Fact]
    public async Task An_unquoted_word_in_a_filter_is_a_runtime_error_that_says_to_quote_it()
    {
        var run = await TestEngine.RunAsync(
            TestEngine.Single("""{"Type":"Pass","Parameters":{"failed.$":"$.results[?(@.status==Failure)]"},"End":true}"""),
            """{"results":[{"status":"Failure"}]}""");

        run.AssertFailed("States.Runtime");
        Assert.Contains("quote it ('Failure')", run.Result.Cause);
    }

    [Fact]
    public async Task MissingInputPathIsAnUncatchableRuntimeError()
    {
        var run = await TestEngine.RunAsync(
            """
            {"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","InputPath":"$.missing",
                   "Catch":[{"ErrorEquals":["States.ALL"],"Next":"C"},{"ErrorEquals":["States.Runtime"],"Next":"C"}],"End":true},
              "C":{"Type":"Pass","End":true}}}
            """);

        run.AssertFailed("States.Runtime");
        Assert.Equal(
            "An error occurred while executing the state 'T' (entered at the event id #2). Invalid path '$.missing' : No results for path: $['missing']",
            run.Result.Cause);
        Assert.DoesNotContain("PassStateEntered", run.Types);
    }

    [Fact]
    public async Task ParametersPathNotFoundNamesTheField()
    {
        var run = await TestEngine.RunAsync(TestEngine.Single("""{"Type":"Pass","Parameters":{"v.$":"$.nope"},"End":true}"""), """{"a":1}""");

        run.AssertFailed("States.Runtime");
        Assert.EndsWith("The JSONPath '$.nope' specified for the field 'v.$' could not be found in the input '{\"a\":1}'", run.Result.Cause);
    }

    [Fact]
    public async Task ContextObjectExposesExecutionAndStateValues()
    {
        var run = await TestEngine.RunAsync(
            TestEngine.Single("""{"Type":"Pass","Parameters":{"name.$":"$$.State.Name","input.$":"$$.Execution.Input","start.$":"$$.Execution.StartTime","sm.$":"$$.StateMachine.Name"},"End":true}"""),
            """{"k":"v"}""");

        run.AssertSucceeded("""{"name":"S","input":{"k":"v"},"start":"2025-01-01T00:00:00.000Z","sm":"StepFlowLocal"}""");
    }

    [Fact]
    public async Task IndefinitePathsYieldArraysAndDefinitePathsTheNode()
    {
        var run = await TestEngine.RunAsync(
            TestEngine.Single("""{"Type":"Pass","Parameters":{"all.$":"$.items[*].v","first.$":"$.items[0]","slice.$":"$.items[-2:]","filtered.$":"$.items[?(@.v > 1)].v","none.$":"$.items[*].missing"},"End":true}"""),
            """{"items":[{"v":1},{"v":2},{"v":3}]}""");

        run.AssertSucceeded("""{"all":[1,2,3],"first":{"v":1},"slice":[{"v":2},{"v":3}],"filtered":[2,3],"none":[]}""");
    }

    [Fact]
    public async Task VariablesAreReadAtStateEntryAndVisibleFromTheNextState()
    {
        var run = await TestEngine.RunAsync(
            """
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"x":1},"Next":"B"},
              "B":{"Type":"Pass","Assign":{"x.$":"States.MathAdd($x, 1)","seen.$":"$x"},"Parameters":{"before.$":"$x"},"OutputPath":"$","Next":"C"},
              "C":{"Type":"Pass","Parameters":{"x.$":"$x","seen.$":"$seen","prev.$":"$.before"},"End":true}}}
            """);

        run.AssertSucceeded("""{"x":2,"seen":1,"prev":1}""");
        var exited = run.Events.Where(e => e.Type == "PassStateExited").ToList();
        Assert.Equal("2", exited[1].Details!.AssignedVariables!["x"]);
    }

    [Fact]
    public async Task ParallelBranchesSeeOuterVariablesButTheirAssignmentsAreDiscarded()
    {
        var run = await TestEngine.RunAsync(
            """
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"outer":"o"},"Next":"P"},
              "P":{"Type":"Parallel","Branches":[
                 {"StartAt":"B1","States":{"B1":{"Type":"Pass","Assign":{"inner":1},"Next":"B2"},"B2":{"Type":"Pass","Parameters":{"o.$":"$outer","i.$":"$inner"},"End":true}}},
                 {"StartAt":"C1","States":{"C1":{"Type":"Pass","Result":"second","End":true}}}],"Next":"D"},
              "D":{"Type":"Pass","Parameters":{"branches.$":"$","outer.$":"$outer"},"End":true}}}
            """);

        run.AssertSucceeded("""{"branches":[{"o":"o","i":1},"second"],"outer":"o"}""");
    }

    [Fact]
    public async Task OversizedStateOutputFailsWithDataLimitExceeded()
    {
        var big = new string('x', 200_000);
        var run = await TestEngine.RunAsync(TestEngine.Single("""{"Type":"Pass","Parameters":{"a.$":"$","b.$":"$"},"End":true}"""), "\"" + big + "\"");

        run.AssertFailed("States.DataLimitExceeded");
    }

    [Fact]
    public async Task OversizedExecutionInputIsRejectedAtStart()
    {
        var engine = TestEngine.Create();
        var machine = await engine.CreateStateMachineAsync(new StepFlow.Local.Api.CreateStateMachineRequest { Name = "M", Definition = TestEngine.Single("""{"Type":"Pass","End":true}""") });

        var error = await Assert.ThrowsAsync<StepFlow.Local.Api.StepFunctionsException>(() =>
            engine.StartExecutionAsync(new StepFlow.Local.Api.StartExecutionRequest { StateMachineArn = machine.StateMachineArn, Input = "\"" + new string('x', 300_000) + "\"" }));

        Assert.Equal("InvalidExecutionInput", error.ErrorCode);
    }
}
