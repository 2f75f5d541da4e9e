using System;
using System.Collections.Generic;
using System.Net.Http;
using Amazon.Runtime;
using StepFlow.Client;

namespace StepFlow.Aws.Tests;

/// <summary>Builds transports over a <see cref="ScriptedHandler"/> with fixed credentials and a fixed clock.</summary>
internal static class TestTransports
{
    public const string MachineArn = "arn:aws:states:eu-west-1:123456789012:stateMachine:Orders";
    public const string ExecutionArn = "arn:aws:states:eu-west-1:123456789012:execution:Orders:run-1";
    public const string AccessKey = "AKIDEXAMPLE";
    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    public const string SessionToken = "IQoJb3JpZ2luX2VjSESSIONTOKENEXAMPLE";
    public static readonly DateTimeOffset Now = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);

    public static AwsStepFunctionsOptions Options(List<AwsRequestTrace>? traces = null, bool withToken = false) => new()
    {
        Region = "eu-west-1",
        Credentials = withToken ? new SessionAWSCredentials(AccessKey, SecretKey, SessionToken) : new BasicAWSCredentials(AccessKey, SecretKey),
        TimeProvider = new FixedClock(Now),
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryDelay = TimeSpan.FromMilliseconds(5),
        PollInitialDelay = TimeSpan.FromMilliseconds(1),
        PollMaxDelay = TimeSpan.FromMilliseconds(4),
        Trace = traces is null ? null : traces.Add,
    };

    public static AwsStepFunctionsTransport Create(ScriptedHandler handler, AwsStepFunctionsOptions? options = null)
        => new(new HttpClient(handler), options ?? Options());

    /// <summary>A client with raw JSON payloads, the shape generated clients have for untyped workflows.</summary>
    public sealed class JsonClient : StateMachineClient<System.Text.Json.JsonElement, System.Text.Json.JsonElement>
    {
        public JsonClient(IStepFunctionsTransport transport, string arn)
            : base(transport, arn, JsonElementPayloadSerializer.Instance, JsonElementPayloadSerializer.Instance)
        {
        }
    }

    /// <summary>Request dates stay fixed; delays still elapse in real (tiny) time.</summary>
    private sealed class FixedClock : TimeProvider
    {
        private readonly DateTimeOffset _now;

        public FixedClock(DateTimeOffset now) => _now = now;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
