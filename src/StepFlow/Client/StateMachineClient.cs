using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace StepFlow.Client;

/// <summary>
/// The typed operations every workflow client has. Generated <c>&lt;Name&gt;Client</c> classes derive from it
/// (Express workflows from <see cref="ExpressStateMachineClient{TInput, TOutput}"/>) and add the workflow's
/// callbacks and error names.
/// </summary>
public abstract class StateMachineClient<TInput, TOutput>
{
    protected StateMachineClient(IStepFunctionsTransport transport, string stateMachineArn, PayloadSerializer<TInput> input, PayloadSerializer<TOutput> output)
    {
        Transport = transport ?? throw new ArgumentNullException(nameof(transport));
        StateMachineArn = string.IsNullOrEmpty(stateMachineArn) ? throw new ArgumentException("A state machine ARN is required", nameof(stateMachineArn)) : stateMachineArn;
        InputSerializer = input ?? throw new ArgumentNullException(nameof(input));
        OutputSerializer = output ?? throw new ArgumentNullException(nameof(output));
    }

    public string StateMachineArn { get; }

    protected IStepFunctionsTransport Transport { get; }

    protected PayloadSerializer<TInput> InputSerializer { get; }

    protected PayloadSerializer<TOutput> OutputSerializer { get; }

    /// <summary>Starts an execution; await <see cref="ExecutionHandle{TOutput}.GetResultAsync"/> for its result.</summary>
    /// <param name="input">The execution input.</param>
    /// <param name="name">A unique execution name (1–80 characters); null for a generated one.</param>
    /// <param name="traceHeader">An AWS X-Ray trace header.</param>
    /// <param name="cancellationToken">Cancels the request, not the execution.</param>
    public async Task<ExecutionHandle<TOutput>> StartExecutionAsync(TInput input, string? name = null, string? traceHeader = null, CancellationToken cancellationToken = default)
    {
        var request = CreateStartRequest(input, name, traceHeader);
        var started = await Transport.StartExecutionAsync(request, cancellationToken).ConfigureAwait(false);
        return new ExecutionHandle<TOutput>(Transport, OutputSerializer, started.ExecutionArn, started.StartDate);
    }

    /// <summary>A handle on an execution started earlier, e.g. by another process.</summary>
    public ExecutionHandle<TOutput> GetExecution(string executionArn, DateTimeOffset startDate = default)
        => new(Transport, OutputSerializer, executionArn ?? throw new ArgumentNullException(nameof(executionArn)), startDate);

    public Task<ExecutionDescription> DescribeExecutionAsync(string executionArn, CancellationToken cancellationToken = default)
        => Transport.DescribeExecutionAsync(executionArn, cancellationToken);

    /// <summary>Reads the typed result of an execution that has ended (or waits for it).</summary>
    public Task<ExecutionResult<TOutput>> GetResultAsync(string executionArn, CancellationToken cancellationToken = default)
        => GetExecution(executionArn).GetResultAsync(cancellationToken);

    /// <summary>Aborts a running execution with an optional error name and cause.</summary>
    public Task<DateTimeOffset> StopExecutionAsync(string executionArn, string? error = null, string? cause = null, CancellationToken cancellationToken = default)
        => Transport.StopExecutionAsync(executionArn, error, cause, cancellationToken);

    /// <summary>Restarts a failed, aborted or timed-out execution from the state that did not complete.</summary>
    public Task<DateTimeOffset> RedriveExecutionAsync(string executionArn, string? clientToken = null, CancellationToken cancellationToken = default)
        => Transport.RedriveExecutionAsync(executionArn, clientToken, cancellationToken);

    /// <summary>This machine's executions, newest first, optionally only those in <paramref name="status"/>.</summary>
    public IAsyncEnumerable<ExecutionSummary> ListExecutionsAsync(ExecutionStatus? status = null, int pageSize = 0, CancellationToken cancellationToken = default)
        => Paging.Executions(Transport, new ListExecutionsRequest(StateMachineArn) { StatusFilter = status, MaxResults = pageSize }, cancellationToken);

    /// <summary>An execution's events, fetched page by page as you enumerate.</summary>
    public IAsyncEnumerable<HistoryEvent> GetExecutionHistoryAsync(string executionArn, bool reverseOrder = false, int pageSize = 0, CancellationToken cancellationToken = default)
        => Paging.History(Transport, new ExecutionHistoryRequest(executionArn) { ReverseOrder = reverseOrder, MaxResults = pageSize }, cancellationToken);

    private protected StartExecutionRequest CreateStartRequest(TInput input, string? name, string? traceHeader)
    {
        var json = Payloads.Serialize(InputSerializer, input, "The execution input");
        return new StartExecutionRequest(StateMachineArn, json) { Name = name, TraceHeader = traceHeader };
    }
}
