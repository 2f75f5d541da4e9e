using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Client;
using StepFlow.Local;
using Engine = StepFlow.Local.Api;

namespace StepFlow.LocalTransport;

/// <summary>
/// Runs typed clients on the in-process engine. Register each generated workflow
/// (<c>MyWorkflow.CreateLocalDefinition(...)</c>) to get its state machine ARN; Task states with C# bodies run
/// those methods, other Task states run the handlers and mocks registered on the engine's options. Waiting for a
/// result completes as soon as the execution ends — on a virtual clock, without real waiting.
/// </summary>
public sealed class LocalStepFunctionsTransport : IStepFunctionsTransport
{
    private readonly LocalWorkflowDispatcher _dispatcher = new();
    private readonly ConcurrentDictionary<string, bool> _expressMachines = new(StringComparer.Ordinal);

    public LocalStepFunctionsTransport(LocalStepFunctionsEngine? engine = null) => Engine = engine ?? new LocalStepFunctionsEngine();

    /// <summary>The engine: its options hold the task handlers, mocks and clock.</summary>
    public LocalStepFunctionsEngine Engine { get; }

    /// <summary>Creates the workflow's state machine on the engine and hooks up its C# task methods; returns its ARN.</summary>
    public async Task<string> RegisterAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        if (definition is null)
        {
            throw new ArgumentNullException(nameof(definition));
        }

        var created = await Call(() => Engine.CreateStateMachineAsync(
            new Engine.CreateStateMachineRequest { Name = definition.Name, Definition = definition.AslDefinition, Type = definition.IsExpress ? "EXPRESS" : "STANDARD" },
            cancellationToken)).ConfigureAwait(false);
        _dispatcher.Add(definition, Engine.Options.TaskHandlers);
        if (definition.IsExpress)
        {
            _expressMachines[created.StateMachineArn] = true;
        }

        return created.StateMachineArn;
    }

    public async Task<ExecutionStarted> StartExecutionAsync(StartExecutionRequest request, CancellationToken cancellationToken)
    {
        var started = await Call(() => Engine.StartExecutionAsync(ToEngine(request), cancellationToken)).ConfigureAwait(false);
        return new ExecutionStarted(started.ExecutionArn, started.StartDate);
    }

    /// <summary>Express machines only, as on AWS: starts the execution and waits for its end.</summary>
    public async Task<ExecutionDescription> StartSyncExecutionAsync(StartExecutionRequest request, CancellationToken cancellationToken)
    {
        if (!_expressMachines.ContainsKey(request.StateMachineArn))
        {
            throw new StateMachineTypeNotSupportedException("StartSyncExecution: '" + request.StateMachineArn + "' is not an Express state machine registered on this transport");
        }

        var started = await StartExecutionAsync(request, cancellationToken).ConfigureAwait(false);
        return await WaitForExecutionAsync(started.ExecutionArn, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ExecutionDescription> DescribeExecutionAsync(string executionArn, CancellationToken cancellationToken)
        => LocalMapping.ToClient(await Call(() => Engine.DescribeExecutionAsync(new Engine.DescribeExecutionRequest(executionArn), cancellationToken)).ConfigureAwait(false));

    public async Task<ExecutionDescription> WaitForExecutionAsync(string executionArn, CancellationToken cancellationToken)
        => LocalMapping.ToClient(await Call(() => Engine.WaitForExecutionAsync(executionArn, cancellationToken)).ConfigureAwait(false));

    public async Task<DateTimeOffset> StopExecutionAsync(string executionArn, string? error, string? cause, CancellationToken cancellationToken)
        => (await Call(() => Engine.StopExecutionAsync(new Engine.StopExecutionRequest(executionArn, error, cause), cancellationToken)).ConfigureAwait(false)).StopDate;

    /// <summary>The local engine keeps no state to redrive from: the call fails as for a non-redrivable execution.</summary>
    public async Task<DateTimeOffset> RedriveExecutionAsync(string executionArn, string? clientToken, CancellationToken cancellationToken)
    {
        var description = await DescribeExecutionAsync(executionArn, cancellationToken).ConfigureAwait(false);
        throw new ExecutionNotRedrivableException("RedriveExecution: the local engine does not redrive executions (" + description + ")");
    }

    public async Task<Page<ExecutionSummary>> ListExecutionsAsync(ListExecutionsRequest request, CancellationToken cancellationToken)
    {
        var status = request.StatusFilter is { } filter ? ExecutionStatusNames.ToWire(filter) : null;
        var page = await Call(() => Engine.ListExecutionsAsync(new Engine.ListExecutionsRequest(request.StateMachineArn, status, request.MaxResults, request.NextToken), cancellationToken)).ConfigureAwait(false);
        return new Page<ExecutionSummary>(page.Executions.Select(LocalMapping.ToClient).ToList(), page.NextToken);
    }

    public async Task<Page<HistoryEvent>> GetExecutionHistoryAsync(ExecutionHistoryRequest request, CancellationToken cancellationToken)
    {
        var page = await Call(() => Engine.GetExecutionHistoryAsync(
            new Engine.GetExecutionHistoryRequest(request.ExecutionArn, request.MaxResults, request.ReverseOrder, request.NextToken, request.IncludeExecutionData),
            cancellationToken)).ConfigureAwait(false);
        return new Page<HistoryEvent>(page.Events.Select(LocalMapping.ToClient).ToList(), page.NextToken);
    }

    public Task SendTaskSuccessAsync(string taskToken, string output, CancellationToken cancellationToken)
        => Call(() => Engine.SendTaskSuccessAsync(new Engine.SendTaskSuccessRequest(taskToken, output), cancellationToken));

    public Task SendTaskFailureAsync(string taskToken, string? error, string? cause, CancellationToken cancellationToken)
        => Call(() => Engine.SendTaskFailureAsync(new Engine.SendTaskFailureRequest(taskToken, error, cause), cancellationToken));

    public Task SendTaskHeartbeatAsync(string taskToken, CancellationToken cancellationToken)
        => Call(() => Engine.SendTaskHeartbeatAsync(new Engine.SendTaskHeartbeatRequest(taskToken), cancellationToken));

    public override string ToString() => "Local Step Functions engine";

    private static Engine.StartExecutionRequest ToEngine(StartExecutionRequest request)
        => new() { StateMachineArn = request.StateMachineArn, Name = request.Name, Input = request.Input };

    /// <summary>The engine's errors become the client's typed exceptions, the same as over HTTP.</summary>
    private static async Task<T> Call<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (Engine.StepFunctionsException e)
        {
            throw StepFunctionsErrorCodes.ToException(e.ErrorCode, e.Message, innerException: e);
        }
    }

    private static async Task Call(Func<Task> operation)
    {
        try
        {
            await operation().ConfigureAwait(false);
        }
        catch (Engine.StepFunctionsException e)
        {
            throw StepFunctionsErrorCodes.ToException(e.ErrorCode, e.Message, innerException: e);
        }
    }
}
