using System;
using System.Linq;
using System.Text.Json.Nodes;
using StepFlow.Visualization.History;
using StepFlow.Visualization.Layout;
using StepFlow.Visualization.Rendering;
using StepFlow.Visualization.Tests.Support;
using Xunit;

namespace StepFlow.Visualization.Tests;

public sealed class HistoryMappingTests
{
    private static ExecutionReport OrderReport() =>
        ExecutionReport.Create(TestInputs.Definition("order-fulfilment"), TestInputs.History("order-failed-caught"));

    private static StateRun Run(ExecutionReport report, string state) => report.Trace.Runs.Single(r => r.State.Name == state);

    [Fact]
    public void Outcomes_follow_the_history()
    {
        ExecutionReport report = OrderReport();

        Assert.Equal("FAILED", report.Trace.Status);
        Assert.Equal(40, report.Trace.EventCount);
        Assert.Equal(StateOutcome.Succeeded, Run(report, "Validate order").Outcome);
        Assert.Equal(StateOutcome.Succeeded, Run(report, "Check inventory").Outcome);
        Assert.Equal(StateOutcome.Caught, Run(report, "Charge card").Outcome);
        Assert.Equal(StateOutcome.Failed, Run(report, "Order failed").Outcome);
        Assert.DoesNotContain(report.Trace.Runs, r => r.State.Name is "Manual review" or "Ship items" or "Pick & pack");
        Assert.Equal("Order failed", report.Trace.FailedRun?.State.Name);
        Assert.Equal(("OrderFailed", "The card was declined; stock was released."), report.Trace.FailedRun!.FinalError());
    }

    [Fact]
    public void Interleaved_parallel_branches_are_told_apart_by_the_event_chain()
    {
        ExecutionReport report = OrderReport();

        Assert.Equal("Check inventory \u203a branch 1", Run(report, "Reserve stock").Location);
        Assert.Equal("Check inventory \u203a branch 2", Run(report, "Score fraud risk").Location);
        Assert.Equal("{\"risk\":12}", Run(report, "Score fraud risk").Output);
        Assert.Equal("{}", Run(report, "Reserve stock").Output);
    }

    [Fact]
    public void Retries_keep_their_errors_and_delays_and_the_catch_edge_is_taken()
    {
        ExecutionReport report = OrderReport();
        StateRun charge = Run(report, "Charge card");

        Assert.Equal(3, charge.Attempts.Count);
        Assert.All(charge.Attempts, a => Assert.True(a.Failed));
        Assert.Equal(["Payment.Timeout", "Payment.Timeout", "Payment.CardDeclined"], charge.Attempts.Select(a => a.Error));
        Assert.Equal([null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], charge.Attempts.Select(a => a.DelayBefore.HasValue ? TimeSpan.FromSeconds(Math.Round(a.DelayBefore.Value.TotalSeconds, 1)) : (TimeSpan?)null));
        Assert.Contains("Card declined", charge.FinalError().Cause);
        Assert.Equal("lambda:invoke", charge.Attempts[0].Resource);

        var root = report.Definition.Root;
        int from = root.IndexOf("Charge card");
        int to = root.IndexOf("Release stock");
        Assert.Contains((root, EdgeKind.Catch, from, to), report.Trace.TakenEdges);
        Assert.DoesNotContain((root, EdgeKind.Next, from, root.IndexOf("Ship items")), report.Trace.TakenEdges);
        Assert.Contains((root, EdgeKind.Choice, root.IndexOf("Fraud risk?"), from), report.Trace.TakenEdges);
        Assert.Contains((root, EdgeKind.Start, -1, root.IndexOf("Validate order")), report.Trace.TakenEdges);
    }

    [Fact]
    public void Map_iterations_are_counted_and_failing_items_listed()
    {
        ExecutionReport report = ExecutionReport.Create(TestInputs.Definition("batch-items"), TestInputs.History("batch-items-caught"));

        StateRun map = Run(report, "Process items");
        Assert.Equal(StateOutcome.Caught, map.Outcome);
        Assert.Equal((3L, 3, 1, 1, 1), (map.Map!.Length!.Value, map.Map.Started, map.Map.Succeeded, map.Map.Failed, map.Map.Aborted));
        Assert.Equal(new FailedItem(1, "Item.Invalid", "quantity must be positive", "Reject item"), Assert.Single(map.Map.FailedItems));
        Assert.Equal(["Process items \u203a item 0", "Process items \u203a item 1", "Process items \u203a item 2"],
            report.Trace.Runs.Where(r => r.State.Name == "Valid item?").Select(r => r.Location));
        Assert.Equal(StateOutcome.Unfinished, report.Trace.Runs.Last(r => r.State.Name == "Valid item?").Outcome);
        Assert.Equal(StateOutcome.Failed, Run(report, "Reject item").Outcome);
        Assert.Equal("SUCCEEDED", report.Trace.Status);
        Assert.Null(report.Trace.FailedRun);
    }

    [Fact]
    public void Events_in_reverse_order_give_the_same_trace()
    {
        var events = (JsonNode.Parse(TestInputs.History("order-failed-caught"))!["events"] as JsonArray)!;
        var reversed = new JsonArray(events.Reverse().Select(e => e!.DeepClone()).ToArray());

        ExecutionReport report = ExecutionReport.Create(TestInputs.Definition("order-fulfilment"), reversed.ToJsonString());

        Assert.Equal(OrderReport().ToHtml(), report.ToHtml());
    }

    [Fact]
    public void The_output_of_stepflow_run_with_history_is_accepted()
    {
        var events = JsonNode.Parse(TestInputs.History("order-failed-caught"))!["events"]!.DeepClone();
        var runOutput = new JsonObject { ["status"] = "FAILED", ["error"] = "OrderFailed", ["history"] = events };

        ExecutionReport report = ExecutionReport.Create(TestInputs.Definition("order-fulfilment"), runOutput.ToJsonString());

        Assert.Equal(OrderReport().ToHtml(), report.ToHtml());
    }

    [Theory]
    [InlineData("""{"nextToken":"x"}""", "$.events", "needs an 'events' array")]
    [InlineData("""[{"id":1}]""", "$[0].type", "required string field 'type'")]
    [InlineData("""[{"id":1,"type":"ExecutionStarted"},{"id":2,"type":"PassStateEntered","stateEnteredEventDetails":{"name":"A","name":"B"}}]""", "$[1].stateEnteredEventDetails.name", "appears twice")]
    [InlineData("""{"events":[{"type":"ExecutionStarted","id":"one"}]}""", "$.events[0].id", "must be an integer")]
    [InlineData("""[{"type":"ExecutionStarted","id":1,"timestamp":"yesterday"}]""", "$[0].timestamp", "not an ISO 8601 timestamp")]
    [InlineData("""[{"type":"PassStateEntered","id":1,"previousEventId":0,"stateEnteredEventDetails":{"name":"Elsewhere"}}]""", "$[0].stateEnteredEventDetails.name", "state 'Elsewhere' is not in the definition")]
    [InlineData("""[{"type":"PassStateEntered","id":1,"previousEventId":0}]""", "$[0].details.name", "needs the state's name")]
    [InlineData("""[{"type":"ExecutionStarted","id":1},{"type":"ExecutionSucceeded","id":1}]""", "$[1].id", "appears twice")]
    public void Bad_histories_are_reported_with_their_JSON_path(string history, string path, string problem)
    {
        var error = Assert.Throws<VisualizationInputException>(() => ExecutionReport.Create(TestInputs.Definition("batch-items"), history));

        Assert.Equal(path, error.JsonPath);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void An_uncaught_failure_in_a_branch_is_traced_to_the_state_that_failed()
    {
        const string asl = """
            {"StartAt":"Fan out","States":{"Fan out":{"Type":"Parallel","End":true,"Branches":[
              {"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:aws:lambda:eu-west-1:123456789012:function:a","End":true}}},
              {"StartAt":"B","States":{"B":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}}}]}}}
            """;
        const string history = """
            [{"id":1,"previousEventId":0,"type":"ExecutionStarted","timestamp":1.0,"executionStartedEventDetails":{"input":"{}"}},
             {"id":2,"previousEventId":0,"type":"ParallelStateEntered","timestamp":1.1,"stateEnteredEventDetails":{"name":"Fan out","input":"{}"}},
             {"id":3,"previousEventId":2,"type":"ParallelStateStarted","timestamp":1.2},
             {"id":4,"previousEventId":3,"type":"TaskStateEntered","timestamp":1.3,"stateEnteredEventDetails":{"name":"A","input":"{}"}},
             {"id":5,"previousEventId":3,"type":"TaskStateEntered","timestamp":1.3,"stateEnteredEventDetails":{"name":"B","input":"{}"}},
             {"id":6,"previousEventId":4,"type":"LambdaFunctionScheduled","timestamp":1.4,"lambdaFunctionScheduledEventDetails":{"resource":"arn:aws:lambda:eu-west-1:123456789012:function:a","input":"{}"}},
             {"id":7,"previousEventId":5,"type":"TaskScheduled","timestamp":1.4,"taskScheduledEventDetails":{"resourceType":"lambda","resource":"invoke","region":"eu-west-1","parameters":"{}"}},
             {"id":8,"previousEventId":6,"type":"LambdaFunctionStarted","timestamp":1.5},
             {"id":9,"previousEventId":7,"type":"TaskStarted","timestamp":1.5,"taskStartedEventDetails":{"resourceType":"lambda","resource":"invoke"}},
             {"id":10,"previousEventId":8,"type":"LambdaFunctionFailed","timestamp":1.9,"lambdaFunctionFailedEventDetails":{"error":"Boom","cause":"it broke"}},
             {"id":11,"previousEventId":9,"type":"TaskStateAborted","timestamp":1.95},
             {"id":12,"previousEventId":10,"type":"ParallelStateFailed","timestamp":2.0},
             {"id":13,"previousEventId":12,"type":"ExecutionFailed","timestamp":2.1,"executionFailedEventDetails":{"error":"Boom","cause":"it broke"}}]
            """;

        ExecutionReport report = ExecutionReport.Create(asl, history);

        StateRun failed = Assert.IsType<StateRun>(report.Trace.FailedRun);
        Assert.Equal(("A", "Fan out \u203a branch 1"), (failed.State.Name, failed.Location));
        Assert.Equal(("Boom", "it broke"), failed.FinalError());
        Assert.Equal(StateOutcome.Failed, failed.Outcome);
        Assert.Equal(StateOutcome.Failed, Run(report, "Fan out").Outcome);
        Assert.Equal(("Boom", "it broke"), Run(report, "Fan out").FinalError());
        StateRun aborted = Run(report, "B");
        Assert.True(aborted.Aborted);
        Assert.Equal(StateOutcome.Unfinished, aborted.Outcome);
        Assert.Equal(TimeSpan.FromMilliseconds(500), failed.Attempts.Single().Ended - failed.Attempts.Single().Started);
    }
}
