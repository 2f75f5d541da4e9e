namespace StepFlow.Client;

/// <summary>ListExecutions input for one page.</summary>
public sealed class ListExecutionsRequest
{
    public ListExecutionsRequest(string stateMachineArn) => StateMachineArn = stateMachineArn;

    public string StateMachineArn { get; }

    /// <summary>Only executions in this status; null for all.</summary>
    public ExecutionStatus? StatusFilter { get; set; }

    /// <summary>Page size, 0–1,000; 0 lets the service choose.</summary>
    public int MaxResults { get; set; }

    public string? NextToken { get; set; }
}
