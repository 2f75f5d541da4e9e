using System;
using System.Collections.Generic;
using StepFlow.Local.History;

namespace StepFlow.Local.Api;

/// <summary>StartExecution input. A <c>#TestCase</c> suffix on the ARN selects a MockConfigFile test case.</summary>
public sealed record StartExecutionRequest
{
    public required string StateMachineArn { get; init; }

    public string? Name { get; init; }

    /// <summary>JSON text; <c>{}</c> when null.</summary>
    public string? Input { get; init; }
}

/// <summary>StartExecution output.</summary>
public sealed record StartExecutionResponse(string ExecutionArn, DateTimeOffset StartDate);

/// <summary>DescribeExecution input.</summary>
public sealed record DescribeExecutionRequest(string ExecutionArn);

/// <summary>DescribeExecution output; <see cref="Output"/> only on success, Error/Cause only when AWS sends them.</summary>
public sealed record DescribeExecutionResponse
{
    public required string ExecutionArn { get; init; }

    public required string StateMachineArn { get; init; }

    public required string Name { get; init; }

    public required string Status { get; init; }

    public required DateTimeOffset StartDate { get; init; }

    public DateTimeOffset? StopDate { get; init; }

    public string? Input { get; init; }

    public string? Output { get; init; }

    public string? Error { get; init; }

    public string? Cause { get; init; }

    public int RedriveCount { get; init; }

    /// <summary>When the execution was last redriven, if ever.</summary>
    public DateTimeOffset? RedriveDate { get; init; }
}

/// <summary>RedriveExecution input.</summary>
public sealed record RedriveExecutionRequest(string ExecutionArn, string? ClientToken = null);

/// <summary>RedriveExecution output.</summary>
public sealed record RedriveExecutionResponse(DateTimeOffset RedriveDate);

/// <summary>StopExecution input.</summary>
public sealed record StopExecutionRequest(string ExecutionArn, string? Error = null, string? Cause = null);

/// <summary>StopExecution output.</summary>
public sealed record StopExecutionResponse(DateTimeOffset StopDate);

/// <summary>GetExecutionHistory input; <see cref="MaxResults"/> 0 means the default page size (1,000).</summary>
public sealed record GetExecutionHistoryRequest(string ExecutionArn, int MaxResults = 0, bool ReverseOrder = false, string? NextToken = null, bool IncludeExecutionData = true);

/// <summary>GetExecutionHistory output.</summary>
public sealed record GetExecutionHistoryResponse(IReadOnlyList<HistoryEvent> Events, string? NextToken);

/// <summary>ListExecutions input.</summary>
public sealed record ListExecutionsRequest(string StateMachineArn, string? StatusFilter = null, int MaxResults = 0, string? NextToken = null);

/// <summary>One entry of ListExecutions.</summary>
public sealed record ExecutionListItem(string ExecutionArn, string StateMachineArn, string Name, string Status, DateTimeOffset StartDate, DateTimeOffset? StopDate);

/// <summary>ListExecutions output (newest first, as AWS lists them).</summary>
public sealed record ListExecutionsResponse(IReadOnlyList<ExecutionListItem> Executions, string? NextToken);

/// <summary>SendTaskSuccess input; <see cref="Output"/> is JSON text.</summary>
public sealed record SendTaskSuccessRequest(string TaskToken, string Output);

/// <summary>SendTaskFailure input.</summary>
public sealed record SendTaskFailureRequest(string TaskToken, string? Error = null, string? Cause = null);

/// <summary>SendTaskHeartbeat input.</summary>
public sealed record SendTaskHeartbeatRequest(string TaskToken);
