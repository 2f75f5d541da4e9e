using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace StepFlow.Client;

/// <summary>A started execution: its ARN and start time, and the way to its typed result.</summary>
public sealed class ExecutionHandle<TOutput>
{
    private readonly IStepFunctionsTransport _transport;
    private readonly PayloadSerializer<TOutput> _output;

    internal ExecutionHandle(IStepFunctionsTransport transport, PayloadSerializer<TOutput> output, string executionArn, DateTimeOffset startDate)
    {
        _transport = transport;
        _output = output;
        ExecutionArn = executionArn;
        StartDate = startDate;
    }

    public string ExecutionArn { get; }

    public DateTimeOffset StartDate { get; }

    /// <summary>Waits for the execution to end (polling with backoff on AWS) and returns its typed result.</summary>
    public async Task<ExecutionResult<TOutput>> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var description = await _transport.WaitForExecutionAsync(ExecutionArn, cancellationToken).ConfigureAwait(false);
        return ExecutionResults.From(description, _output);
    }

    public Task<ExecutionDescription> DescribeAsync(CancellationToken cancellationToken = default)
        => _transport.DescribeExecutionAsync(ExecutionArn, cancellationToken);

    public Task<DateTimeOffset> StopAsync(string? error = null, string? cause = null, CancellationToken cancellationToken = default)
        => _transport.StopExecutionAsync(ExecutionArn, error, cause, cancellationToken);

    /// <summary>The execution's events, oldest first, fetched page by page as you enumerate.</summary>
    public IAsyncEnumerable<HistoryEvent> GetHistoryAsync(CancellationToken cancellationToken = default)
        => Paging.History(_transport, new ExecutionHistoryRequest(ExecutionArn), cancellationToken);

    public override string ToString() => ExecutionArn;
}
