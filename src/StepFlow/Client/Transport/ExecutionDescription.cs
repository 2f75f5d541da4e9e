using System;

namespace StepFlow.Client;

/// <summary>DescribeExecution (and StartSyncExecution) output, payloads as JSON text.</summary>
public sealed class ExecutionDescription
{
    public ExecutionDescription(string executionArn, string stateMachineArn, ExecutionStatus status, DateTimeOffset startDate)
    {
        ExecutionArn = executionArn;
        StateMachineArn = stateMachineArn;
        Status = status;
        StartDate = startDate;
    }

    public string ExecutionArn { get; }

    public string StateMachineArn { get; }

    public ExecutionStatus Status { get; }

    public DateTimeOffset StartDate { get; }

    public string? Name { get; set; }

    public DateTimeOffset? StopDate { get; set; }

    /// <summary>The execution input, JSON text.</summary>
    public string? Input { get; set; }

    /// <summary>The execution output, JSON text; only when succeeded.</summary>
    public string? Output { get; set; }

    public string? Error { get; set; }

    public string? Cause { get; set; }

    public string? TraceHeader { get; set; }

    public int RedriveCount { get; set; }

    /// <summary><c>REDRIVABLE</c>, <c>NOT_REDRIVABLE</c> or <c>REDRIVABLE_BY_MAP_RUN</c>.</summary>
    public string? RedriveStatus { get; set; }

    public bool IsRunning => Status == ExecutionStatus.Running;

    public override string ToString() => ExecutionArn + " " + ExecutionStatusNames.ToWire(Status);
}
