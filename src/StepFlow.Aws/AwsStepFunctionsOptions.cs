using System;
using Amazon.Runtime;

namespace StepFlow.Aws;

/// <summary>Where and how the AWS transport talks to Step Functions.</summary>
public sealed class AwsStepFunctionsOptions
{
    /// <summary>The region, e.g. <c>eu-west-1</c>: picks the endpoint and the signing scope.</summary>
    public string? Region { get; set; }

    /// <summary>An endpoint override (LocalStack, a VPC endpoint); null for <c>https://states.&lt;region&gt;.amazonaws.com</c>.</summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>
    /// The endpoint for StartSyncExecution; null for <c>https://sync-states.&lt;region&gt;.amazonaws.com</c>, or
    /// <see cref="ServiceUrl"/> when that is overridden (emulators serve both on one port).
    /// </summary>
    public Uri? SyncServiceUrl { get; set; }

    /// <summary>Credentials; null for AWSSDK.Core's default chain (environment, profiles, SSO, container and instance roles).</summary>
    public AWSCredentials? Credentials { get; set; }

    /// <summary>Attempts per request, the first included, when throttled or on 5xx and network errors.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first retry waits up to this long (full jitter), doubling per attempt.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>No retry waits longer than this.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The first DescribeExecution poll while waiting for a result comes after this long.</summary>
    public TimeSpan PollInitialDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Polls back off (×1.5) up to this interval.</summary>
    public TimeSpan PollMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The clock for request dates and waits; tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Called after every HTTP attempt with what is safe to log: operation, attempt, status, error code, duration.
    /// Never credentials, tokens, signatures or payloads.
    /// </summary>
    public Action<AwsRequestTrace>? Trace { get; set; }

    /// <summary>Credentials are never shown, only whether they were set.</summary>
    public override string ToString()
        => "Region=" + (Region ?? "(none)") + ", ServiceUrl=" + (ServiceUrl?.ToString() ?? "(regional)")
           + ", Credentials=" + (Credentials is null ? "(default chain)" : "(explicit, redacted)") + ", MaxAttempts=" + MaxAttempts;
}
