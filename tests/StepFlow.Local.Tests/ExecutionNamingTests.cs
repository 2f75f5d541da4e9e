using System;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.Api;
using Xunit;

namespace StepFlow.Local.Tests;

/// <summary>StartExecution name semantics (asl-reference §8.1): for Standard machines the same name and input while
/// the execution runs is idempotent; a different input, or any reuse after it ended, is ExecutionAlreadyExists.</summary>
public sealed class ExecutionNamingTests
{
    private const string Waiting = """{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken","Parameters":{"token.$":"$$.Task.Token"},"End":true}}}""";

    private const string Wait = """{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"End":true}}}""";

    private static async Task<(LocalStepFunctionsEngine Engine, string MachineArn)> MachineAsync(string type = "STANDARD")
    {
        var engine = TestEngine.Create(o => o.TaskHandlers.ForState("T", _ => new((JsonNode?)null)));
        var definition = type == "EXPRESS" ? Wait : Waiting;
        var machine = await engine.CreateStateMachineAsync(new CreateStateMachineRequest { Name = "Named", Definition = definition, Type = type });
        return (engine, machine.StateMachineArn);
    }

    [Fact]
    public async Task SameNameAndInputWhileRunningReturnsTheSameExecution()
    {
        var (engine, machineArn) = await MachineAsync();

        var first = await engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machineArn, Name = "order-1", Input = """{"id":1}""" });
        var again = await engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machineArn, Name = "order-1", Input = """{"id":1}""" });

        Assert.Equal(first.ExecutionArn, again.ExecutionArn);
        Assert.Equal(first.StartDate, again.StartDate);
        var listed = await engine.ListExecutionsAsync(new ListExecutionsRequest(machineArn));
        Assert.Single(listed.Executions);
    }

    [Fact]
    public async Task SameNameWithADifferentInputWhileRunningIsExecutionAlreadyExists()
    {
        var (engine, machineArn) = await MachineAsync();
        await engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machineArn, Name = "order-1", Input = """{"id":1}""" });

        var conflict = await Assert.ThrowsAsync<StepFunctionsException>(() =>
            engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machineArn, Name = "order-1", Input = """{"id":2}""" }));

        Assert.Equal("ExecutionAlreadyExists", conflict.ErrorCode);
        Assert.Contains(":execution:Named:order-1", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameNameAndInputAfterTheExecutionEndedIsExecutionAlreadyExists()
    {
        var (engine, machineArn) = await MachineAsync();
        var first = await engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machineArn, Name = "order-1", Input = "{}" });
        await engine.StopExecutionAsync(new StopExecutionRequest(first.ExecutionArn));
        await engine.WaitForExecutionAsync(first.ExecutionArn).WaitAsync(TimeSpan.FromSeconds(5));

        var reuse = await Assert.ThrowsAsync<StepFunctionsException>(() =>
            engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machineArn, Name = "order-1", Input = "{}" }));

        Assert.Equal("ExecutionAlreadyExists", reuse.ErrorCode);
    }

    [Fact]
    public async Task ExpressExecutionsMayShareANameAndGetDistinctArns()
    {
        var (engine, machineArn) = await MachineAsync("EXPRESS");

        var first = await engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machineArn, Name = "batch", Input = "{}" });
        var second = await engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machineArn, Name = "batch", Input = "{}" });

        Assert.NotEqual(first.ExecutionArn, second.ExecutionArn);
        Assert.Contains(":express:Named:batch:", second.ExecutionArn, StringComparison.Ordinal);
    }
}
