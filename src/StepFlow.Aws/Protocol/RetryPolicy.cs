using System;

namespace StepFlow.Aws.Protocol;

/// <summary>
/// Exponential backoff with full jitter (a delay drawn from [0, base × 2^retry], capped): many clients throttled
/// at once spread out instead of retrying in lockstep.
/// </summary>
internal sealed class RetryPolicy
{
    private readonly TimeSpan _base;
    private readonly TimeSpan _max;

    public RetryPolicy(int maxAttempts, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        MaxAttempts = Math.Max(1, maxAttempts);
        _base = baseDelay;
        _max = maxDelay;
    }

    public int MaxAttempts { get; }

    /// <summary>The delay before attempt <paramref name="attempt"/> + 1.</summary>
    public TimeSpan DelayAfter(int attempt)
    {
        var ceiling = Math.Min(_max.TotalMilliseconds, _base.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
    }

    /// <summary>Throttling and server errors may pass on a later try; client errors will not.</summary>
    public static bool IsRetryable(int statusCode, string? errorCode)
        => statusCode >= 500 || statusCode == 429 || (errorCode is not null && Client.StepFunctionsErrorCodes.IsThrottling(errorCode));
}
