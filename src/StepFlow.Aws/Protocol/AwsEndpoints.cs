using System;

namespace StepFlow.Aws.Protocol;

/// <summary>The Step Functions endpoints of a region (asl-reference §9.1), honouring overrides.</summary>
internal sealed class AwsEndpoints
{
    public AwsEndpoints(AwsStepFunctionsOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Region))
        {
            throw new ArgumentException("AwsStepFunctionsOptions.Region is required (e.g. \"us-east-1\"): it picks the endpoint and signs requests", nameof(options));
        }

        Region = options.Region!;
        var suffix = Region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
        Service = options.ServiceUrl ?? new Uri("https://states." + Region + "." + suffix + "/");
        Sync = options.SyncServiceUrl ?? options.ServiceUrl ?? new Uri("https://sync-states." + Region + "." + suffix + "/");
    }

    public string Region { get; }

    public Uri Service { get; }

    /// <summary>StartSyncExecution's endpoint: the <c>sync-</c> host prefix.</summary>
    public Uri Sync { get; }
}
