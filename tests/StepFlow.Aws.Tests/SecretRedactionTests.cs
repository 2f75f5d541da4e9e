using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Client;
using Xunit;

namespace StepFlow.Aws.Tests;

/// <summary>Credentials, session tokens and signatures never reach logs, exception messages or ToString().</summary>
public sealed class SecretRedactionTests
{
    [Fact]
    public async Task Secrets_appear_in_no_trace_message_or_string()
    {
        var traces = new List<AwsRequestTrace>();
        var options = TestTransports.Options(traces, withToken: true);
        var handler = new ScriptedHandler()
            .Ok("{\"executionArn\":\"arn:aws:states:eu-west-1:1:execution:M:x\",\"startDate\":1}")
            .Error(HttpStatusCode.BadRequest, "InvalidToken", "Invalid Token")
            .Error(HttpStatusCode.BadRequest, "ThrottlingException", "slow down")
            .Error(HttpStatusCode.BadRequest, "ThrottlingException", "slow down")
            .Error(HttpStatusCode.BadRequest, "ThrottlingException", "slow down")
            .Error(HttpStatusCode.BadRequest, "ThrottlingException", "slow down");
        var transport = TestTransports.Create(handler, options);

        await transport.StartExecutionAsync(new StartExecutionRequest("arn:aws:states:eu-west-1:1:stateMachine:M", "{}"), CancellationToken.None);
        var invalidToken = await Assert.ThrowsAsync<InvalidTokenException>(() => transport.SendTaskHeartbeatAsync("task-token", CancellationToken.None));
        var throttled = await Assert.ThrowsAsync<ThrottlingException>(() => transport.SendTaskHeartbeatAsync("task-token", CancellationToken.None));

        var signature = handler.Requests[0].Headers["Authorization"].Split("Signature=")[1];
        var visible = new List<string> { transport.ToString(), options.ToString(), invalidToken.ToString(), throttled.ToString() };
        visible.AddRange(traces.ConvertAll(t => t.ToString()));
        foreach (var text in visible)
        {
            Assert.DoesNotContain(TestTransports.SecretKey, text);
            Assert.DoesNotContain(TestTransports.SessionToken, text);
            Assert.DoesNotContain(signature, text);
            Assert.DoesNotContain("AWS4-HMAC-SHA256", text);
        }

        Assert.Equal(6, traces.Count);
    }
}
