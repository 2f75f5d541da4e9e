namespace StepFlow.Client;

/// <summary>GetExecutionHistory input for one page.</summary>
public sealed class ExecutionHistoryRequest
{
    public ExecutionHistoryRequest(string executionArn) => ExecutionArn = executionArn;

    public string ExecutionArn { get; }

    /// <summary>Page size, 0–1,000; 0 lets the service choose.</summary>
    public int MaxResults { get; set; }

    /// <summary>Newest events first.</summary>
    public bool ReverseOrder { get; set; }

    /// <summary>False leaves inputs and outputs out of the events.</summary>
    public bool IncludeExecutionData { get; set; } = true;

    public string? NextToken { get; set; }
}
