using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.Api;
using StepFlow.Local.Mocks;
using Xunit;

namespace StepFlow.Local.Tests;

public sealed class MockTests
{
    private const string Definition =
        """{"StartAt":"Charge","States":{"Charge":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Retry":[{"ErrorEquals":["Lambda.ServiceException"],"MaxAttempts":3}],"End":true}}}""";

    private const string MockFile = """
        {
          "StateMachines": { "Payments": { "TestCases": {
            "Flaky": { "Charge": "FailTwiceThenCharge" },
            "Down": { "Charge": "AlwaysDown" } } } },
          "MockedResponses": {
            "FailTwiceThenCharge": {
              "0-1": { "Throw": { "Error": "Lambda.ServiceException", "Cause": "try again" } },
              "2": { "Return": { "StatusCode": 200, "Payload": { "charged": true } } } },
            "AlwaysDown": { "0": { "Throw": { "Error": "Lambda.ServiceException" } } }
          }
        }
        """;

    private static async Task<DescribeExecutionResponse> RunCase(string testCase)
    {
        var engine = TestEngine.Create(o => o.MockConfiguration = MockConfiguration.Parse(MockFile));
        return await engine.RunAsync(Definition, stateMachineName: "Payments", testCase: testCase);
    }

    [Fact]
    public async Task AttemptRangesSelectTheResponsePerInvocation()
    {
        var result = await RunCase("Flaky");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"StatusCode":200,"Payload":{"charged":true}}""", result.Output);
    }

    [Fact]
    public async Task TheLastResponseRepeatsForLaterInvocations()
    {
        var result = await RunCase("Down");

        Assert.Equal("Lambda.ServiceException", result.Error);
    }

    [Fact]
    public async Task UnknownTestCaseIsAValidationError()
    {
        var error = await Assert.ThrowsAsync<StepFunctionsException>(() => RunCase("Nope"));

        Assert.Equal("ValidationException", error.ErrorCode);
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("""{"MockedResponses":{}}""", "$.StateMachines")]
    [InlineData("""{"StateMachines":{"A":{"TestCases":{"C":{"S":"Missing"}}}},"MockedResponses":{}}""", "'Missing'")]
    [InlineData("""{"StateMachines":{"A":{"TestCases":{"C":{"S":"R"}}}},"MockedResponses":{"R":{"x":{"Return":1}}}}""", "Invalid invocation range 'x'")]
    [InlineData("""{"StateMachines":{"A":{"TestCases":{"C":{"S":"R"}}}},"MockedResponses":{"R":{"0":{"Nothing":1}}}}""", "$.MockedResponses.R.0")]
    public void InvalidMockFilesSayWhatAndWhere(string json, string message)
    {
        var error = Assert.Throws<FormatException>(() => MockConfiguration.Parse(json));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task CodeMocksApplyPerStateAndWinOverHandlers()
    {
        var run = await TestEngine.RunAsync(Definition, configure: o =>
        {
            o.TaskHandlers.ForState("Charge", _ => throw new InvalidOperationException("handler must not run"));
            o.Mocks.ForState("Charge").Then(MockedResponse.Throw("Lambda.ServiceException")).Then(MockedResponse.Return(new JsonObject { ["ok"] = 1 }));
        });

        run.AssertSucceeded("""{"ok":1}""");
        Assert.Equal(2, run.Events.Count(e => e.Type == "TaskScheduled"));
    }
}
