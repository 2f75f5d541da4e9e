using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Client;
using Xunit;
using static StepFlow.Aws.Tests.TestTransports;

namespace StepFlow.Aws.Tests;

/// <summary>What goes on the wire per operation: endpoint, headers, target, body (asl-reference §9).</summary>
public sealed class WireFormatTests
{

    [Fact]
    public async Task StartExecution_sends_the_json_1_0_request_signed_for_states()
    {
        var handler = new ScriptedHandler().Ok("{\"executionArn\":\"" + ExecutionArn + "\",\"startDate\":1440938160.5}");
        var transport = TestTransports.Create(handler, TestTransports.Options(withToken: true));

        var started = await transport.StartExecutionAsync(new StartExecutionRequest(MachineArn, "{\"id\":1}") { Name = "run-1", TraceHeader = "Root=1-abc" }, CancellationToken.None);

        Assert.Equal(ExecutionArn, started.ExecutionArn);
        Assert.Equal(new DateTimeOffset(2015, 8, 30, 12, 36, 0, 500, TimeSpan.Zero), started.StartDate);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(new Uri("https://states.eu-west-1.amazonaws.com/"), request.Uri);
        Assert.Equal("application/x-amz-json-1.0", request.Headers["Content-Type"]);
        Assert.Equal("AWSStepFunctions.StartExecution", request.Headers["X-Amz-Target"]);
        Assert.Equal("20150830T123600Z", request.Headers["X-Amz-Date"]);
        Assert.Equal(TestTransports.SessionToken, request.Headers["X-Amz-Security-Token"]);
        Assert.Equal("{\"stateMachineArn\":\"" + MachineArn + "\",\"name\":\"run-1\",\"input\":\"{\\u0022id\\u0022:1}\",\"traceHeader\":\"Root=1-abc\"}", request.BodyText);
        Assert.Equal("{\"id\":1}", JsonDocument.Parse(request.Body).RootElement.GetProperty("input").GetString());
    }

    [Fact]
    public async Task Signature_is_valid_sigv4_for_service_states_and_the_region()
    {
        var handler = new ScriptedHandler().Ok("{\"executionArn\":\"" + ExecutionArn + "\",\"startDate\":1}");
        var transport = TestTransports.Create(handler, TestTransports.Options(withToken: true));

        await transport.StartExecutionAsync(new StartExecutionRequest(MachineArn, "{}"), CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        var expected = IndependentSigV4.ExpectedAuthorization(request, "eu-west-1", "states", TestTransports.SecretKey, TestTransports.AccessKey);
        Assert.Equal(expected, request.Headers["Authorization"]);
        Assert.Contains("Credential=AKIDEXAMPLE/20150830/eu-west-1/states/aws4_request", expected);
        Assert.Contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target", expected);
    }

    [Fact]
    public async Task StartSyncExecution_goes_to_the_sync_states_host_and_reads_a_failed_outcome()
    {
        var handler = new ScriptedHandler().Ok(
            "{\"executionArn\":\"arn:aws:states:eu-west-1:1:express:Orders:x:u\",\"stateMachineArn\":\"" + MachineArn + "\",\"startDate\":1,\"stopDate\":2,\"status\":\"FAILED\",\"error\":\"Orders.Rejected\",\"cause\":\"no stock\"}");
        var transport = TestTransports.Create(handler);

        var outcome = await transport.StartSyncExecutionAsync(new StartExecutionRequest(MachineArn, "{}"), CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(new Uri("https://sync-states.eu-west-1.amazonaws.com/"), request.Uri);
        Assert.Equal("AWSStepFunctions.StartSyncExecution", request.Target);
        Assert.Equal(ExecutionStatus.Failed, outcome.Status);
        Assert.Equal("Orders.Rejected", outcome.Error);
        Assert.Equal("no stock", outcome.Cause);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(2), outcome.StopDate);
    }

    [Fact]
    public async Task Endpoint_override_serves_every_operation()
    {
        var handler = new ScriptedHandler()
            .Ok("{\"executionArn\":\"" + ExecutionArn + "\",\"startDate\":1}")
            .Ok("{\"executionArn\":\"" + ExecutionArn + "\",\"startDate\":1,\"stopDate\":2,\"status\":\"SUCCEEDED\"}");
        var options = TestTransports.Options();
        options.ServiceUrl = new Uri("http://127.0.0.1:4566/");
        var transport = TestTransports.Create(handler, options);

        await transport.StartExecutionAsync(new StartExecutionRequest(MachineArn, "{}"), CancellationToken.None);
        await transport.StartSyncExecutionAsync(new StartExecutionRequest(MachineArn, "{}"), CancellationToken.None);

        Assert.All(handler.Requests, r => Assert.Equal(new Uri("http://127.0.0.1:4566/"), r.Uri));
        var expected = IndependentSigV4.ExpectedAuthorization(handler.Requests[0], "eu-west-1", "states", TestTransports.SecretKey, TestTransports.AccessKey);
        Assert.Equal(expected, handler.Requests[0].Headers["Authorization"]);
    }

    public static TheoryData<string, string, string> Operations => new()
    {
        { "DescribeExecution", "{\"executionArn\":\"" + ExecutionArn + "\"}", "{\"executionArn\":\"" + ExecutionArn + "\",\"stateMachineArn\":\"" + MachineArn + "\",\"status\":\"RUNNING\",\"startDate\":1}" },
        { "StopExecution", "{\"executionArn\":\"" + ExecutionArn + "\",\"error\":\"Ops.Cancelled\",\"cause\":\"by hand\"}", "{\"stopDate\":5}" },
        { "RedriveExecution", "{\"executionArn\":\"" + ExecutionArn + "\",\"clientToken\":\"tok-1\"}", "{\"redriveDate\":6}" },
        { "ListExecutions", "{\"stateMachineArn\":\"" + MachineArn + "\",\"statusFilter\":\"TIMED_OUT\",\"maxResults\":10}", "{\"executions\":[]}" },
        { "GetExecutionHistory", "{\"executionArn\":\"" + ExecutionArn + "\",\"includeExecutionData\":true,\"maxResults\":2,\"reverseOrder\":true}", "{\"events\":[]}" },
        { "SendTaskSuccess", "{\"taskToken\":\"tt\",\"output\":\"{\\u0022ok\\u0022:true}\"}", "{}" },
        { "SendTaskFailure", "{\"taskToken\":\"tt\",\"error\":\"Approval.Denied\",\"cause\":\"no\"}", "{}" },
        { "SendTaskHeartbeat", "{\"taskToken\":\"tt\"}", "{}" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Each_operation_sends_its_target_and_exact_body(string operation, string expectedBody, string response)
    {
        var handler = new ScriptedHandler().Ok(response);
        var transport = TestTransports.Create(handler);
        var ct = CancellationToken.None;

        Task call = operation switch
        {
            "DescribeExecution" => transport.DescribeExecutionAsync(ExecutionArn, ct),
            "StopExecution" => transport.StopExecutionAsync(ExecutionArn, "Ops.Cancelled", "by hand", ct),
            "RedriveExecution" => transport.RedriveExecutionAsync(ExecutionArn, "tok-1", ct),
            "ListExecutions" => transport.ListExecutionsAsync(new ListExecutionsRequest(MachineArn) { StatusFilter = ExecutionStatus.TimedOut, MaxResults = 10 }, ct),
            "GetExecutionHistory" => transport.GetExecutionHistoryAsync(new ExecutionHistoryRequest(ExecutionArn) { MaxResults = 2, ReverseOrder = true }, ct),
            "SendTaskSuccess" => transport.SendTaskSuccessAsync("tt", "{\"ok\":true}", ct),
            "SendTaskFailure" => transport.SendTaskFailureAsync("tt", "Approval.Denied", "no", ct),
            _ => transport.SendTaskHeartbeatAsync("tt", ct),
        };
        await call;

        var request = Assert.Single(handler.Requests);
        Assert.Equal("AWSStepFunctions." + operation, request.Target);
        Assert.Equal(expectedBody, request.BodyText);
        Assert.Equal("application/x-amz-json-1.0", request.Headers["Content-Type"]);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/eu-west-1/states/aws4_request", request.Headers["Authorization"]);
    }

    [Fact]
    public async Task Describe_reads_every_member()
    {
        var handler = new ScriptedHandler().Ok(
            "{\"executionArn\":\"" + ExecutionArn + "\",\"stateMachineArn\":\"" + MachineArn + "\",\"name\":\"run-1\",\"status\":\"SUCCEEDED\",\"startDate\":1440938160,\"stopDate\":1440938161.25,"
            + "\"input\":\"{}\",\"output\":\"{\\\"total\\\":3}\",\"redriveCount\":2,\"redriveStatus\":\"NOT_REDRIVABLE\",\"traceHeader\":\"Root=1\"}");
        var transport = TestTransports.Create(handler);

        var description = await transport.DescribeExecutionAsync(ExecutionArn, CancellationToken.None);

        Assert.Equal(ExecutionStatus.Succeeded, description.Status);
        Assert.Equal("run-1", description.Name);
        Assert.Equal("{\"total\":3}", description.Output);
        Assert.Equal(2, description.RedriveCount);
        Assert.Equal("NOT_REDRIVABLE", description.RedriveStatus);
        Assert.Equal("Root=1", description.TraceHeader);
        Assert.Equal(new DateTimeOffset(2015, 8, 30, 12, 36, 1, 250, TimeSpan.Zero), description.StopDate);
    }

    [Fact]
    public async Task A_response_missing_a_required_member_names_it()
    {
        var handler = new ScriptedHandler().Ok("{\"startDate\":1}");
        var transport = TestTransports.Create(handler);

        var error = await Assert.ThrowsAsync<StepFunctionsException>(() => transport.StartExecutionAsync(new StartExecutionRequest(MachineArn, "{}"), CancellationToken.None));

        Assert.Equal("InvalidResponse", error.ErrorCode);
        Assert.Contains("'executionArn'", error.Message);
    }
}
