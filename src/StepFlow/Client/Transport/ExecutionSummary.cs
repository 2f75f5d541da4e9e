using System;

namespace StepFlow.Client;

/// <summary>One ListExecutions entry.</summary>
public sealed class ExecutionSummary
{
    public ExecutionSummary(string executionArn, string stateMachineArn, string name, ExecutionStatus status, DateTimeOffset startDate, DateTimeOffset? stopDate)
    {
        ExecutionArn = executionArn;
        StateMachineArn = stateMachineArn;
        Name = name;
        Status = status;
        StartDate = startDate;
        StopDate = stopDate;
    }

    public string ExecutionArn { get; }

    public string StateMachineArn { get; }

    public string Name { get; }

    public ExecutionStatus Status { get; }

    public DateTimeOffset StartDate { get; }

    public DateTimeOffset? StopDate { get; }

    public int RedriveCount { get; set; }

    public override string ToString() => Name + " " + ExecutionStatusNames.ToWire(Status);
}
