using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.Errors;
using StepFlow.Local.History;
using Xunit;

namespace StepFlow.Local.Tests;

public sealed class RetryAndCatchTests
{
    private static string FailingTask(string retry, string catchers = "[]") =>
        "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Retry\":" + retry +
        ",\"Catch\":" + catchers + ",\"End\":true},\"Caught\":{\"Type\":\"Pass\",\"End\":true}}}";

    private static void AlwaysFail(LocalEngineOptions options, string error = "Boom") =>
        options.TaskHandlers.ForState("T", _ => throw new TaskFailedException(error, "cause"));

    private static double[] DelaysBetweenAttempts(Run run)
    {
        var failed = run.Events.Where(e => e.Type == HistoryEventTypes.TaskFailed).Select(e => e.Timestamp).ToList();
        var scheduled = run.Events.Where(e => e.Type == HistoryEventTypes.TaskScheduled).Select(e => e.Timestamp).Skip(1).ToList();
        return scheduled.Select((s, i) => (s - failed[i]).TotalSeconds).ToArray();
    }

    [Fact]
    public async Task DefaultRetrierWaitsOneTwoFourSeconds()
    {
        var run = await TestEngine.RunAsync(FailingTask("""[{"ErrorEquals":["Boom"]}]"""), configure: o => AlwaysFail(o));

        run.AssertFailed("Boom");
        Assert.Equal(new[] { 1.0, 2.0, 4.0 }, DelaysBetweenAttempts(run));
        Assert.Single(run.Events, e => e.Type == "TaskStateEntered");
    }

    [Fact]
    public async Task BackoffIsCappedByMaxDelaySeconds()
    {
        var run = await TestEngine.RunAsync(
            FailingTask("""[{"ErrorEquals":["States.ALL"],"IntervalSeconds":3,"BackoffRate":3,"MaxAttempts":4,"MaxDelaySeconds":20}]"""),
            configure: o => AlwaysFail(o));

        Assert.Equal(new[] { 3.0, 9.0, 20.0, 20.0 }, DelaysBetweenAttempts(run));
    }

    [Fact]
    public async Task FullJitterIsWithinBoundsAndRepeatsForTheSameSeed()
    {
        const string retry = """[{"ErrorEquals":["States.ALL"],"IntervalSeconds":10,"MaxAttempts":3,"JitterStrategy":"FULL"}]""";
        var first = DelaysBetweenAttempts(await TestEngine.RunAsync(FailingTask(retry), configure: o => AlwaysFail(o)));
        var second = DelaysBetweenAttempts(await TestEngine.RunAsync(FailingTask(retry), configure: o => AlwaysFail(o)));
        var other = DelaysBetweenAttempts(await TestEngine.RunAsync(FailingTask(retry), configure: o => { AlwaysFail(o); o.RandomSeed = 99; }));

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        Assert.InRange(first[0], 0, 10);
        Assert.InRange(first[1], 0, 20);
        Assert.InRange(first[2], 0, 40);
    }

    [Fact]
    public async Task RetryCountIsVisibleInTheContextAndParametersAreReEvaluated()
    {
        var seen = new System.Collections.Generic.List<int>();
        var run = await TestEngine.RunAsync(
            """{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"n.$":"$$.State.RetryCount"},"Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":2}],"End":true}}}""",
            configure: o => o.TaskHandlers.ForState("T", i =>
            {
                seen.Add((int)i.Input!["n"]!);
                return i.RetryCount < 2 ? throw new InvalidOperationException("again") : new(JsonValue.Create("done"));
            }));

        run.AssertSucceeded("\"done\"");
        Assert.Equal(new[] { 0, 1, 2 }, seen);
    }

    [Fact]
    public async Task RetriersKeepSeparateCountsAndTheFirstMatchingOneDecides()
    {
        var errors = new[] { "A", "B", "A", "A" };
        var run = await TestEngine.RunAsync(
            FailingTask("""[{"ErrorEquals":["A"],"MaxAttempts":2},{"ErrorEquals":["States.ALL"],"MaxAttempts":5}]"""),
            configure: o => o.TaskHandlers.ForState("T", i => throw new TaskFailedException(errors[Math.Min(i.RetryCount, errors.Length - 1)])));

        run.AssertFailed("A");
        Assert.Equal(4, run.Events.Count(e => e.Type == HistoryEventTypes.TaskScheduled));
    }

    [Fact]
    public async Task CatcherPlacesErrorOutputAtItsResultPathAndAssigns()
    {
        var run = await TestEngine.RunAsync(
            """
            {"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","OutputPath":"$.never",
                   "Catch":[{"ErrorEquals":["Other"],"Next":"Wrong"},{"ErrorEquals":["States.TaskFailed"],"ResultPath":"$.err","Assign":{"e.$":"$.Error"},"Next":"Caught"}],"End":true},
              "Wrong":{"Type":"Fail","Error":"Wrong"},
              "Caught":{"Type":"Pass","Parameters":{"input.$":"$","e.$":"$e"},"End":true}}}
            """,
            """{"keep":1}""",
            o => AlwaysFail(o));

        run.AssertSucceeded("""{"input":{"keep":1,"err":{"Error":"Boom","Cause":"cause"}},"e":"Boom"}""");
        Assert.Equal(
            new[] { "ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskFailed", "TaskStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded" },
            run.Types);
    }

    [Fact]
    public async Task DotNetExceptionsFailLambdaStyle()
    {
        var run = await TestEngine.RunAsync(FailingTask("[]"), configure: o => o.TaskHandlers.ForState("T", _ => throw new ArgumentException("bad value")));

        run.AssertFailed("ArgumentException");
        var cause = JsonNode.Parse(run.Result.Cause!)!;
        Assert.Equal("bad value", cause["errorMessage"]!.GetValue<string>());
        Assert.Equal("ArgumentException", cause["errorType"]!.GetValue<string>());
        Assert.IsType<JsonArray>(cause["stackTrace"]);
    }

    [Fact]
    public async Task ParallelPropagatesTheBranchErrorAndRetriesAllBranches()
    {
        var run = await TestEngine.RunAsync(
            """
            {"StartAt":"P","States":{"P":{"Type":"Parallel","Retry":[{"ErrorEquals":["BranchError"],"MaxAttempts":1}],
              "Branches":[{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"BranchError","Cause":"c"}}},
                          {"StartAt":"OK","States":{"OK":{"Type":"Pass","End":true}}}],"End":true}}}
            """);

        run.AssertFailed("BranchError");
        Assert.Equal(2, run.Events.Count(e => e.Type == HistoryEventTypes.ParallelStateStarted));
        Assert.Single(run.Events, e => e.Type == HistoryEventTypes.ParallelStateFailed);
    }
}
