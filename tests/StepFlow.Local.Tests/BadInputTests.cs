using System.Threading.Tasks;
using StepFlow.Local.Api;
using StepFlow.Local.Errors;
using Xunit;

namespace StepFlow.Local.Tests;

public sealed class BadInputTests
{
    [Theory]
    [InlineData("{", "INVALID_JSON_DESCRIPTION", "line: 1")]
    [InlineData("[]", "Definition must be a valid JSON object", "at /'")]
    [InlineData("""{"States":{}}""", "These fields are required: [States, StartAt]", "at /'")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"}}}""", "Missing 'Next' target: B", "/States/A/Next")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Bogus","End":true}}}""", "Unknown state type", "/States/A/Type")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Pass"}}}""", "Exactly one of 'Next' or 'End: true'", "/States/A")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Pass","InputPath":"$.a[","End":true}}}""", "valid JSONPath", "/States/A/InputPath")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Pass","ResultPath":"$.a[*]","End":true}}}""", "ReferencePath", "/States/A/ResultPath")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Wait","Timestamp":"yesterday","End":true}}}""", "RFC3339", "/States/A/Timestamp")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Map","ItemProcessor":{"StartAt":"X","States":{}},"End":true}}}""", "Missing 'Next' target: X", "/States/A/ItemProcessor/StartAt")]
    public async Task InvalidDefinitionsNameTheProblemAndItsLocation(string definition, string reason, string location)
    {
        var engine = TestEngine.Create();

        var error = await Assert.ThrowsAsync<StepFunctionsException>(() => engine.CreateStateMachineAsync(new CreateStateMachineRequest { Name = "Bad", Definition = definition }));

        Assert.Equal("InvalidDefinition", error.ErrorCode);
        Assert.Contains(reason, error.Message);
        Assert.Contains(location, error.Message);
    }

    [Fact]
    public async Task NonJsonInputIsInvalidExecutionInput()
    {
        var engine = TestEngine.Create();
        var machine = await engine.CreateStateMachineAsync(new CreateStateMachineRequest { Name = "M", Definition = TestEngine.Single("""{"Type":"Pass","End":true}""") });

        var error = await Assert.ThrowsAsync<StepFunctionsException>(() => engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machine.StateMachineArn, Input = "{nope" }));

        Assert.Equal("InvalidExecutionInput", error.ErrorCode);
    }

    [Fact]
    public async Task RunawayLoopsStopAtTheTransitionLimit()
    {
        var run = await TestEngine.RunAsync("""{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"A"}}}""", configure: o => o.MaxTransitions = 100);

        run.AssertFailed(StatesErrorNames.MaxTransitionsExceeded);
        Assert.Equal((100 * 2) + 2, run.Events.Count);
    }

    [Fact]
    public async Task TaskWithoutHandlerFailsClearly()
    {
        var run = await TestEngine.RunAsync(TestEngine.Single("""{"Type":"Task","Resource":"arn:aws:states:::sns:publish","End":true}"""));

        run.AssertFailed("States.Runtime");
        Assert.Contains("No task handler or mock is registered for state 'S'", run.Result.Cause);
    }

    [Fact]
    public async Task UnknownExecutionsAndArnsAreApiErrors()
    {
        var engine = TestEngine.Create();

        Assert.Equal("ExecutionDoesNotExist", (await Assert.ThrowsAsync<StepFunctionsException>(() => engine.DescribeExecutionAsync(new("arn:aws:states:us-east-1:1:execution:M:x")))).ErrorCode);
        Assert.Equal("InvalidArn", (await Assert.ThrowsAsync<StepFunctionsException>(() => engine.DescribeExecutionAsync(new("nope")))).ErrorCode);
        Assert.Equal("StateMachineDoesNotExist", (await Assert.ThrowsAsync<StepFunctionsException>(() => engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = "arn:aws:states:us-east-1:1:stateMachine:none" }))).ErrorCode);
    }
}
