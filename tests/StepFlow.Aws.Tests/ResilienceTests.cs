using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Client;
using Xunit;
using static StepFlow.Aws.Tests.TestTransports;

namespace StepFlow.Aws.Tests;

/// <summary>Retries, cancellation, polling and paging.</summary>
public sealed class ResilienceTests
{
    private const string Started = "{\"executionArn\":\"" + ExecutionArn + "\",\"startDate\":1}";

    [Fact]
    public async Task Throttling_and_5xx_are_retried_then_succeed()
    {
        var traces = new List<AwsRequestTrace>();
        var handler = new ScriptedHandler()
            .Error(HttpStatusCode.BadRequest, "ThrottlingException", "Rate exceeded")
            .Error(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable", "try later")
            .Ok(Started);
        var transport = TestTransports.Create(handler, TestTransports.Options(traces));

        var started = await transport.StartExecutionAsync(new StartExecutionRequest(MachineArn, "{}"), CancellationToken.None);

        Assert.Equal(ExecutionArn, started.ExecutionArn);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(new int?[] { 400, 503, 200 }, traces.Select(t => t.StatusCode));
        Assert.Equal(new[] { 1, 2, 3 }, traces.Select(t => t.Attempt));
        Assert.Equal("ThrottlingException", traces[0].ErrorCode);
        // Each attempt is signed afresh, so a retried request is as valid as the first.
        Assert.All(handler.Requests, r => Assert.Equal(IndependentSigV4.ExpectedAuthorization(r, "eu-west-1", "states", TestTransports.SecretKey, TestTransports.AccessKey), r.Headers["Authorization"]));
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_attempts_surfaces_as_ThrottlingException()
    {
        var handler = new ScriptedHandler();
        for (var i = 0; i < 4; i++)
        {
            handler.Error(HttpStatusCode.BadRequest, "ThrottlingException", "Rate exceeded");
        }

        var transport = TestTransports.Create(handler);

        var error = await Assert.ThrowsAsync<ThrottlingException>(() => transport.StartExecutionAsync(new StartExecutionRequest(MachineArn, "{}"), CancellationToken.None));

        Assert.Equal(4, handler.Requests.Count);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        var handler = new ScriptedHandler().Error(HttpStatusCode.BadRequest, "InvalidExecutionInput", "Invalid State Machine Execution Input: 'x'");
        var transport = TestTransports.Create(handler);

        await Assert.ThrowsAsync<InvalidExecutionInputException>(() => transport.StartExecutionAsync(new StartExecutionRequest(MachineArn, "x"), CancellationToken.None));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Cancellation_mid_request_ends_the_call()
    {
        var inFlight = new TaskCompletionSource();
        var handler = new ScriptedHandler().Hang(inFlight);
        var transport = TestTransports.Create(handler);
        using var cancellation = new CancellationTokenSource();

        var call = transport.DescribeExecutionAsync(ExecutionArn, cancellation.Token);
        await inFlight.Task.WaitAsync(TimeSpan.FromSeconds(10));
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Cancellation_during_a_retry_delay_ends_the_call()
    {
        var handler = new ScriptedHandler().Error(HttpStatusCode.InternalServerError, "InternalFailure", "boom");
        var options = TestTransports.Options();
        options.RetryBaseDelay = options.MaxRetryDelay = TimeSpan.FromMinutes(5);
        var transport = TestTransports.Create(handler, options);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => transport.DescribeExecutionAsync(ExecutionArn, cancellation.Token));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Waiting_for_a_result_polls_until_the_execution_ends()
    {
        var running = "{\"executionArn\":\"" + ExecutionArn + "\",\"stateMachineArn\":\"" + MachineArn + "\",\"status\":\"RUNNING\",\"startDate\":1}";
        var handler = new ScriptedHandler()
            .Ok(Started)
            .Ok(running)
            .Ok(running)
            .Ok("{\"executionArn\":\"" + ExecutionArn + "\",\"stateMachineArn\":\"" + MachineArn + "\",\"status\":\"SUCCEEDED\",\"startDate\":1,\"stopDate\":2,\"output\":\"{\\\"n\\\":42}\"}");
        var client = new TestTransports.JsonClient(TestTransports.Create(handler), MachineArn);

        var execution = await client.StartExecutionAsync(System.Text.Json.JsonDocument.Parse("{}").RootElement);
        var result = await execution.GetResultAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(42, result.Output.GetProperty("n").GetInt32());
        Assert.Equal(new[] { "StartExecution", "DescribeExecution", "DescribeExecution", "DescribeExecution" }, handler.Requests.Select(r => r.Target!.Substring("AWSStepFunctions.".Length)));
    }

    [Fact]
    public async Task History_follows_next_tokens_lazily()
    {
        var handler = new ScriptedHandler()
            .Ok("{\"events\":[" + Event(1, "ExecutionStarted", "executionStartedEventDetails", "{\"input\":\"{}\"}") + "," + Event(2, "TaskStateEntered", "stateEnteredEventDetails", "{\"name\":\"Ingest\",\"input\":\"{}\"}") + "],\"nextToken\":\"page-2\"}")
            .Ok("{\"events\":[" + Event(3, "ExecutionFailed", "executionFailedEventDetails", "{\"error\":\"States.Timeout\",\"cause\":\"late\"}") + "]}");
        var client = new TestTransports.JsonClient(TestTransports.Create(handler), MachineArn);

        var events = new List<HistoryEvent>();
        await foreach (var historyEvent in client.GetExecutionHistoryAsync(ExecutionArn, pageSize: 2))
        {
            events.Add(historyEvent);
        }

        Assert.Equal(new long[] { 1, 2, 3 }, events.Select(e => e.Id));
        Assert.Equal("Ingest", events[1].StateName);
        Assert.Equal("States.Timeout", events[2].Error);
        Assert.Equal("late", events[2].Cause);
        Assert.Equal(2, handler.Requests.Count);
        Assert.DoesNotContain("nextToken", handler.Requests[0].BodyText);
        Assert.Contains("\"nextToken\":\"page-2\"", handler.Requests[1].BodyText);
        Assert.Contains("\"maxResults\":2", handler.Requests[1].BodyText);
    }

    [Fact]
    public async Task Listing_stops_fetching_when_the_caller_stops()
    {
        var handler = new ScriptedHandler()
            .Ok("{\"executions\":[{\"executionArn\":\"" + ExecutionArn + "\",\"stateMachineArn\":\"" + MachineArn + "\",\"name\":\"run-1\",\"status\":\"SUCCEEDED\",\"startDate\":1,\"stopDate\":2}],\"nextToken\":\"more\"}");
        var client = new TestTransports.JsonClient(TestTransports.Create(handler), MachineArn);

        await foreach (var execution in client.ListExecutionsAsync(ExecutionStatus.Succeeded))
        {
            Assert.Equal("run-1", execution.Name);
            Assert.Equal(ExecutionStatus.Succeeded, execution.Status);
            break;
        }

        Assert.Single(handler.Requests);
        Assert.Contains("\"statusFilter\":\"SUCCEEDED\"", handler.Requests[0].BodyText);
    }

    private static string Event(int id, string type, string detailsName, string details)
        => "{\"timestamp\":1440938160.123,\"type\":\"" + type + "\",\"id\":" + id + ",\"previousEventId\":" + (id - 1) + ",\"" + detailsName + "\":" + details + "}";
}
