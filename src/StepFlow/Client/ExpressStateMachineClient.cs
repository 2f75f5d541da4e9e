using System.Threading;
using System.Threading.Tasks;

namespace StepFlow.Client;

/// <summary>
/// The client of an Express workflow: adds synchronous executions, which only Express machines support, so the
/// call does not compile against a Standard workflow's client.
/// </summary>
public abstract class ExpressStateMachineClient<TInput, TOutput> : StateMachineClient<TInput, TOutput>
{
    protected ExpressStateMachineClient(IStepFunctionsTransport transport, string stateMachineArn, PayloadSerializer<TInput> input, PayloadSerializer<TOutput> output)
        : base(transport, stateMachineArn, input, output)
    {
    }

    /// <summary>StartSyncExecution: runs the execution to its end (at most five minutes) and returns the typed result.</summary>
    public async Task<ExecutionResult<TOutput>> StartSyncExecutionAsync(TInput input, string? name = null, string? traceHeader = null, CancellationToken cancellationToken = default)
    {
        var request = CreateStartRequest(input, name, traceHeader);
        var description = await Transport.StartSyncExecutionAsync(request, cancellationToken).ConfigureAwait(false);
        return ExecutionResults.From(description, OutputSerializer);
    }
}
