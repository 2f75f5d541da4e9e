using System;

namespace StepFlow.Client;

/// <summary>StartExecution output: which execution was started and when.</summary>
public sealed class ExecutionStarted
{
    public ExecutionStarted(string executionArn, DateTimeOffset startDate)
    {
        ExecutionArn = executionArn;
        StartDate = startDate;
    }

    public string ExecutionArn { get; }

    public DateTimeOffset StartDate { get; }

    public override string ToString() => ExecutionArn + " started " + StartDate.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
