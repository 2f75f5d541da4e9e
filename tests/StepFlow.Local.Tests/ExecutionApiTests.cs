using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.Api;
using StepFlow.Local.History;
using Xunit;

namespace StepFlow.Local.Tests;

public sealed class ExecutionApiTests
{
    private const string Chain =
        """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Pass","Result":{"done":true},"End":true}}}""";

    [Fact]
    public async Task HistoryIsNumberedFromOneWithTheFirstStatePointingAtZero()
    {
        var run = await TestEngine.RunAsync(Chain, """{"x":1}""");

        Assert.Equal(
            new[] { ("ExecutionStarted", 1L, 0L), ("PassStateEntered", 2L, 0L), ("PassStateExited", 3L, 2L), ("PassStateEntered", 4L, 3L), ("PassStateExited", 5L, 4L), ("ExecutionSucceeded", 6L, 5L) },
            run.Events.Select(e => (e.Type, e.Id, e.PreviousEventId)).ToArray());
        Assert.Equal("stateEnteredEventDetails", run.Events[1].DetailsMemberName);
        Assert.Equal("""{"x":1}""", run.Events[0].Details!.Input);
        Assert.Equal("""{"done":true}""", run.Events[^1].Details!.Output);
    }

    [Fact]
    public async Task HistoryPagesAndReverses()
    {
        var run = await TestEngine.RunAsync(Chain);
        var arn = run.Result.ExecutionArn;

        var first = await run.Engine.GetExecutionHistoryAsync(new GetExecutionHistoryRequest(arn, MaxResults: 4));
        var second = await run.Engine.GetExecutionHistoryAsync(new GetExecutionHistoryRequest(arn, MaxResults: 4, NextToken: first.NextToken));
        var reversed = await run.Engine.GetExecutionHistoryAsync(new GetExecutionHistoryRequest(arn, ReverseOrder: true));

        Assert.Equal(new long[] { 1, 2, 3, 4 }, first.Events.Select(e => e.Id));
        Assert.Equal(new long[] { 5, 6 }, second.Events.Select(e => e.Id));
        Assert.Null(second.NextToken);
        Assert.Equal(6, reversed.Events[0].Id);
        var bad = await Assert.ThrowsAsync<StepFunctionsException>(() => run.Engine.GetExecutionHistoryAsync(new GetExecutionHistoryRequest(arn, NextToken: "zz")));
        Assert.Equal("InvalidToken", bad.ErrorCode);
    }

    [Fact]
    public async Task HistoryJsonHasAwsMemberNames()
    {
        var run = await TestEngine.RunAsync(Chain);

        var json = JsonNode.Parse(HistoryJsonWriter.ToJson(run.Events[2]))!;

        Assert.Equal("PassStateExited", json["type"]!.GetValue<string>());
        Assert.Equal(3, json["id"]!.GetValue<long>());
        Assert.Equal("A", json["stateExitedEventDetails"]!["name"]!.GetValue<string>());
        Assert.False(json["stateExitedEventDetails"]!["outputDetails"]!["truncated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task DescribeListAndStartFollowTheApiShapes()
    {
        var engine = TestEngine.Create();
        var machine = await engine.CreateStateMachineAsync(new CreateStateMachineRequest { Name = "M", Definition = Chain });
        var started = await engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machine.StateMachineArn, Name = "run-1" });
        await engine.WaitForExecutionAsync(started.ExecutionArn);

        var described = await engine.DescribeExecutionAsync(new DescribeExecutionRequest(started.ExecutionArn));
        var listed = await engine.ListExecutionsAsync(new ListExecutionsRequest(machine.StateMachineArn, StatusFilter: ExecutionStatus.Succeeded));

        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:M:run-1", started.ExecutionArn);
        Assert.Equal("run-1", described.Name);
        Assert.Equal("{}", described.Input);
        Assert.Equal(ExecutionStatus.Succeeded, Assert.Single(listed.Executions).Status);
        var duplicate = await Assert.ThrowsAsync<StepFunctionsException>(() => engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machine.StateMachineArn, Name = "run-1" }));
        Assert.Equal("ExecutionAlreadyExists", duplicate.ErrorCode);
        var badFilter = await Assert.ThrowsAsync<StepFunctionsException>(() => engine.ListExecutionsAsync(new ListExecutionsRequest(machine.StateMachineArn, StatusFilter: "DONE")));
        Assert.Equal("ValidationException", badFilter.ErrorCode);
    }
}
