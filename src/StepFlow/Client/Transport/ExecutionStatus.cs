namespace StepFlow.Client;

/// <summary>DescribeExecution <c>status</c>.</summary>
public enum ExecutionStatus
{
    Running,
    Succeeded,
    Failed,
    TimedOut,
    Aborted,
    PendingRedrive,
}
