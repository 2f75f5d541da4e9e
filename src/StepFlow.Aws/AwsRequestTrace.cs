using System;

namespace StepFlow.Aws;

/// <summary>One HTTP attempt, described without anything secret: safe to log as is.</summary>
public sealed class AwsRequestTrace
{
    public AwsRequestTrace(string operation, int attempt, int? statusCode, string? errorCode, TimeSpan duration)
    {
        Operation = operation;
        Attempt = attempt;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Duration = duration;
    }

    /// <summary>The API operation, e.g. <c>StartExecution</c>.</summary>
    public string Operation { get; }

    /// <summary>1 for the first try.</summary>
    public int Attempt { get; }

    /// <summary>The HTTP status; null when no response came (network error).</summary>
    public int? StatusCode { get; }

    public string? ErrorCode { get; }

    public TimeSpan Duration { get; }

    public override string ToString()
        => Operation + " attempt " + Attempt + ": " + (StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no response")
           + (ErrorCode is null ? string.Empty : " " + ErrorCode) + " in " + (int)Duration.TotalMilliseconds + " ms";
}
