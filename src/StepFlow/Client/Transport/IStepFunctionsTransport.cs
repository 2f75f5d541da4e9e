using System;
using System.Threading;
using System.Threading.Tasks;

namespace StepFlow.Client;

/// <summary>
/// The Step Functions operations a typed client needs, with payloads as JSON text. Two implementations ship: the
/// in-process engine (StepFlow.LocalTransport) and AWS Step Functions over HTTP (StepFlow.Aws). Every method
/// throws a <see cref="StepFunctionsException"/> subtype for service errors and honours cancellation.
/// </summary>
public interface IStepFunctionsTransport
{
    /// <summary>StartExecution: starts an execution and returns at once.</summary>
    Task<ExecutionStarted> StartExecutionAsync(StartExecutionRequest request, CancellationToken cancellationToken);

    /// <summary>StartSyncExecution (Express machines only): runs the execution and returns its outcome.</summary>
    Task<ExecutionDescription> StartSyncExecutionAsync(StartExecutionRequest request, CancellationToken cancellationToken);

    /// <summary>DescribeExecution.</summary>
    Task<ExecutionDescription> DescribeExecutionAsync(string executionArn, CancellationToken cancellationToken);

    /// <summary>
    /// Waits until the execution is no longer running and describes it. AWS polls DescribeExecution with backoff;
    /// the local engine completes as soon as the execution does.
    /// </summary>
    Task<ExecutionDescription> WaitForExecutionAsync(string executionArn, CancellationToken cancellationToken);

    /// <summary>StopExecution: aborts a running execution; returns the stop date.</summary>
    Task<DateTimeOffset> StopExecutionAsync(string executionArn, string? error, string? cause, CancellationToken cancellationToken);

    /// <summary>RedriveExecution: restarts a failed, aborted or timed-out execution from where it stopped.</summary>
    Task<DateTimeOffset> RedriveExecutionAsync(string executionArn, string? clientToken, CancellationToken cancellationToken);

    /// <summary>ListExecutions: one page.</summary>
    Task<Page<ExecutionSummary>> ListExecutionsAsync(ListExecutionsRequest request, CancellationToken cancellationToken);

    /// <summary>GetExecutionHistory: one page.</summary>
    Task<Page<HistoryEvent>> GetExecutionHistoryAsync(ExecutionHistoryRequest request, CancellationToken cancellationToken);

    /// <summary>SendTaskSuccess: completes a <c>.waitForTaskToken</c> task with <paramref name="output"/> (JSON text).</summary>
    Task SendTaskSuccessAsync(string taskToken, string output, CancellationToken cancellationToken);

    /// <summary>SendTaskFailure: fails a <c>.waitForTaskToken</c> task.</summary>
    Task SendTaskFailureAsync(string taskToken, string? error, string? cause, CancellationToken cancellationToken);

    /// <summary>SendTaskHeartbeat: tells a <c>.waitForTaskToken</c> task with HeartbeatSeconds that work goes on.</summary>
    Task SendTaskHeartbeatAsync(string taskToken, CancellationToken cancellationToken);
}
