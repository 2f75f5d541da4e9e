using System.Linq;
using System.Threading.Tasks;
using StepFlow.Local.Api;
using Xunit;

namespace StepFlow.Local.Tests;

/// <summary>History payloads written when a state produces a new output, and inputs the engine refuses at parse.</summary>
public sealed class PayloadRecordingTests
{
    private const string TwoPasses = """
        {"StartAt":"Shape","States":{
          "Shape":{"Type":"Pass","Parameters":{"a.$":"$.x","b":"é<&>","c.$":"States.MathAdd($.x, 1)"},"Next":"Keep"},
          "Keep":{"Type":"Pass","End":true}}}
        """;

    [Fact]
    public async Task NewOutputIsRecordedAsCompactJsonInItsExitedAndTheNextEnteredEvent()
    {
        var run = await TestEngine.RunAsync(TwoPasses, """{"x": 1}""");

        const string expected = """{"a":1,"b":"é<&>","c":2}""";
        run.AssertSucceeded(expected);
        var shapeExited = run.Events.Single(e => e.Type == "PassStateExited" && e.Details!.Name == "Shape");
        var keepEntered = run.Events.Single(e => e.Type == "PassStateEntered" && e.Details!.Name == "Keep");
        var keepExited = run.Events.Single(e => e.Type == "PassStateExited" && e.Details!.Name == "Keep");
        Assert.Equal(expected, shapeExited.Details!.Output);
        Assert.Equal(expected, keepEntered.Details!.Input);
        Assert.Equal(expected, keepExited.Details!.Output);
    }

    [Fact]
    public async Task NodeSelectedByTwoFieldsIsCopiedForTheSecond()
    {
        var run = await TestEngine.RunAsync(TestEngine.Single("""{"Type":"Pass","Parameters":{"a.$":"$","b.$":"$"},"End":true}"""), """{"k":[1]}""");

        run.AssertSucceeded("""{"a":{"k":[1]},"b":{"k":[1]}}""");
    }

    [Fact]
    public async Task InputRepeatingAMemberNameIsRejectedAtStart()
    {
        var engine = TestEngine.Create();
        var machine = await engine.CreateStateMachineAsync(new CreateStateMachineRequest { Name = "M", Definition = TestEngine.Single("""{"Type":"Pass","End":true}""") });

        var error = await Assert.ThrowsAsync<StepFunctionsException>(() =>
            engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machine.StateMachineArn, Input = """{"items":[{"id":1,"id":2}]}""" }));

        Assert.Equal("InvalidExecutionInput", error.ErrorCode);
        Assert.Contains("'id'", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefinitionRepeatingAMemberNameIsInvalid()
    {
        var engine = TestEngine.Create();

        var error = await Assert.ThrowsAsync<StepFunctionsException>(() =>
            engine.CreateStateMachineAsync(new CreateStateMachineRequest { Name = "M", Definition = """{"StartAt":"S","StartAt":"S","States":{"S":{"Type":"Pass","End":true}}}""" }));

        Assert.Equal("InvalidDefinition", error.ErrorCode);
    }
}
