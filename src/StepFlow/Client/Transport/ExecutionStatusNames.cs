using System;

namespace StepFlow.Client;

/// <summary>The wire names of <see cref="ExecutionStatus"/> (<c>RUNNING</c>, <c>TIMED_OUT</c>, ...).</summary>
public static class ExecutionStatusNames
{
    public static string ToWire(ExecutionStatus status) => status switch
    {
        ExecutionStatus.Running => "RUNNING",
        ExecutionStatus.Succeeded => "SUCCEEDED",
        ExecutionStatus.Failed => "FAILED",
        ExecutionStatus.TimedOut => "TIMED_OUT",
        ExecutionStatus.Aborted => "ABORTED",
        ExecutionStatus.PendingRedrive => "PENDING_REDRIVE",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown execution status"),
    };

    /// <summary>Parses a wire status; an unknown value is a protocol error, reported with the value.</summary>
    public static ExecutionStatus FromWire(string status) => status switch
    {
        "RUNNING" => ExecutionStatus.Running,
        "SUCCEEDED" => ExecutionStatus.Succeeded,
        "FAILED" => ExecutionStatus.Failed,
        "TIMED_OUT" => ExecutionStatus.TimedOut,
        "ABORTED" => ExecutionStatus.Aborted,
        "PENDING_REDRIVE" => ExecutionStatus.PendingRedrive,
        _ => throw new FormatException("Unknown execution status '" + status + "'"),
    };
}
