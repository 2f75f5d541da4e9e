using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Local.Api;
using StepFlow.Local.History;
using Xunit;

namespace StepFlow.Local.Tests;

/// <summary>RedriveExecution: a FAILED execution resumes at the top-level state that failed, with that state's
/// input and the variables assigned before it; earlier states do not run again.</summary>
public sealed class RedriveTests
{
    private const string Flow = """
        {"StartAt":"Prepare","States":{
          "Prepare":{"Type":"Pass","Result":{"order":7},"Assign":{"customer":"ada"},"Next":"Charge"},
          "Charge":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:charge","Parameters":{"order.$":"$.order","who.$":"$customer"},"Next":"Done"},
          "Done":{"Type":"Pass","End":true}}}
        """;

    private static async Task<(LocalStepFunctionsEngine Engine, string Arn, Func<int> Calls)> FailOnceAsync(string definition)
    {
        var calls = 0;
        var (engine, arn) = await TestEngine.StartAsync(definition, configure: o => o.TaskHandlers.ForState("Charge", i =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                throw new Errors.TaskFailedException("Card.Declined", "try later");
            }

            return new ValueTask<JsonNode?>(new JsonObject { ["charged"] = i.Input!["order"]!.DeepClone(), ["for"] = i.Input["who"]!.DeepClone() });
        }));
        var first = await engine.WaitForExecutionAsync(arn).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(ExecutionStatus.Failed, first.Status);
        return (engine, arn, () => calls);
    }

    [Fact]
    public async Task ARedrivenExecutionResumesAtTheFailedStateWithItsInputAndVariables()
    {
        var (engine, arn, calls) = await FailOnceAsync(Flow);

        var redrive = await engine.RedriveExecutionAsync(new RedriveExecutionRequest(arn));
        var result = await engine.WaitForExecutionAsync(arn).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"charged":7,"for":"ada"}""", result.Output);
        Assert.Equal(2, calls());
        Assert.Equal(1, result.RedriveCount);
        Assert.Equal(redrive.RedriveDate, result.RedriveDate);
        var events = (await engine.GetExecutionHistoryAsync(new(arn))).Events;
        Assert.Single(events, e => e.Type == "PassStateEntered" && e.Details!.Name == "Prepare");
        var failed = events.Single(e => e.Type == HistoryEventTypes.ExecutionFailed);
        var redriven = events.Single(e => e.Type == HistoryEventTypes.ExecutionRedriven);
        Assert.Equal(failed.Id, redriven.PreviousEventId);
        var reentered = events.Single(e => e.PreviousEventId == redriven.Id);
        Assert.Equal(("TaskStateEntered", "Charge", """{"order":7}"""), (reentered.Type, reentered.Details!.Name, reentered.Details.Input));
        Assert.Equal(HistoryEventTypes.ExecutionSucceeded, events[^1].Type);
    }

    [Fact]
    public async Task TheContextObjectCountsRedrives()
    {
        const string definition = """
            {"StartAt":"Charge","States":{
              "Charge":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:charge","Parameters":{"order":1,"who.$":"$$.Execution"},"End":true}}}
            """;
        var (engine, arn, _) = await FailOnceAsync(definition);

        await engine.RedriveExecutionAsync(new RedriveExecutionRequest(arn));
        var result = await engine.WaitForExecutionAsync(arn).WaitAsync(TimeSpan.FromSeconds(5));

        var execution = JsonNode.Parse(result.Output!)!["for"]!;
        Assert.Equal(1, execution["RedriveCount"]!.GetValue<int>());
        Assert.Equal("2025-01-01T00:00:00.000Z", execution["RedriveTime"]!.GetValue<string>());
    }

    [Fact]
    public async Task OnlyFailedStandardExecutionsCanBeRedriven()
    {
        var (engine, arn, _) = await FailOnceAsync(Flow);
        await engine.RedriveExecutionAsync(new RedriveExecutionRequest(arn));
        await engine.WaitForExecutionAsync(arn).WaitAsync(TimeSpan.FromSeconds(5));

        var succeeded = await Assert.ThrowsAsync<StepFunctionsException>(() => engine.RedriveExecutionAsync(new RedriveExecutionRequest(arn)));
        var missing = await Assert.ThrowsAsync<StepFunctionsException>(() => engine.RedriveExecutionAsync(new RedriveExecutionRequest(arn + "-nope")));

        Assert.Equal("ExecutionNotRedrivable", succeeded.ErrorCode);
        Assert.Contains("SUCCEEDED", succeeded.Message, StringComparison.Ordinal);
        Assert.Equal("ExecutionDoesNotExist", missing.ErrorCode);
    }

    [Fact]
    public async Task AFailureInsideAMapRedrivesTheWholeMapState()
    {
        const string definition = """
            {"StartAt":"Items","States":{
              "Items":{"Type":"Pass","Result":[1,2],"Next":"Each"},
              "Each":{"Type":"Map","ItemProcessor":{"StartAt":"Charge","States":{"Charge":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:charge","Parameters":{"order.$":"$","who":"map"},"End":true}}},"End":true}}}
            """;
        var (engine, arn, calls) = await FailOnceAsync(definition);

        await engine.RedriveExecutionAsync(new RedriveExecutionRequest(arn));
        var result = await engine.WaitForExecutionAsync(arn).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("""[{"charged":1,"for":"map"},{"charged":2,"for":"map"}]""", result.Output);
        Assert.True(calls() >= 3, "the Map ran both items again after the redrive");
        var events = (await engine.GetExecutionHistoryAsync(new(arn))).Events;
        Assert.Equal(2, events.Count(e => e.Type == "MapStateEntered"));
        Assert.Single(events, e => e.Type == "PassStateEntered");
    }
}
