using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Local.Api;
using StepFlow.Local.Definition;
using StepFlow.Local.Errors;
using StepFlow.Local.Evaluation;
using StepFlow.Local.Execution;
using StepFlow.Local.History;
using StepFlow.Local.Json;
using StepFlow.Local.Tasks;

namespace StepFlow.Local;

/// <summary>
/// An in-process Step Functions: create state machines, start executions, read their history, complete callback
/// tasks. Operations and result shapes follow the Step Functions API so an AWS transport can share a client
/// interface with it. Thread-safe.
/// </summary>
public sealed class LocalStepFunctionsEngine
{
    private readonly ConcurrentDictionary<string, StateMachineRecord> _machines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ExecutionRecord> _executions = new(StringComparer.Ordinal);
    private readonly TaskTokenRegistry _tokens = new();
    private readonly TaskDispatcher _dispatcher;
    private readonly Random _names;

    public LocalStepFunctionsEngine(LocalEngineOptions? options = null)
    {
        Options = options ?? new LocalEngineOptions();
        _dispatcher = new TaskDispatcher(Options.TaskHandlers, Options.Mocks);
        _names = Options.RandomSeed is { } seed ? new Random(seed) : new Random();
    }

    public LocalEngineOptions Options { get; }

    /// <summary>Loads a definition. Throws <see cref="StepFunctionsException"/> <c>InvalidDefinition</c> with the
    /// location of the problem, or <c>StateMachineAlreadyExists</c> for a different definition under the same name.</summary>
    public Task<CreateStateMachineResponse> CreateStateMachineAsync(CreateStateMachineRequest request, CancellationToken cancellationToken = default)
    {
        StateMachineDefinition definition;
        try
        {
            definition = DefinitionParser.Parse(request.Definition);
        }
        catch (InvalidDefinitionException e)
        {
            throw new StepFunctionsException("InvalidDefinition", e.Message);
        }

        var arn = "arn:aws:states:" + Options.Region + ":" + Options.AccountId + ":stateMachine:" + request.Name;
        var roleArn = request.RoleArn ?? "arn:aws:iam::" + Options.AccountId + ":role/StepFlowLocal";
        var record = new StateMachineRecord(arn, request.Name, request.Definition, roleArn, request.Type, definition, Options.TimeProvider.GetUtcNow());
        var stored = _machines.GetOrAdd(arn, record);
        if (!ReferenceEquals(stored, record) && stored.DefinitionText != request.Definition)
        {
            throw new StepFunctionsException("StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
        }

        return Task.FromResult(new CreateStateMachineResponse(stored.Arn, stored.CreationDate));
    }

    /// <summary>Starts an execution. It runs on the calling thread until it first has to wait, then in the
    /// background; use <see cref="WaitForExecutionAsync"/> to await the end.</summary>
    public Task<StartExecutionResponse> StartExecutionAsync(StartExecutionRequest request, CancellationToken cancellationToken = default)
    {
        var (machineArn, testCase) = SplitTestCase(request.StateMachineArn);
        if (!_machines.TryGetValue(machineArn, out var machine))
        {
            throw new StepFunctionsException("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + machineArn + "'");
        }

        var inputText = request.Input ?? "{}";
        var input = ExecutionDriver.ParseInput(inputText);
        var name = request.Name ?? NewId();

        var executionArn = machine.Type == "EXPRESS"
            ? "arn:aws:states:" + Options.Region + ":" + Options.AccountId + ":express:" + machine.Name + ":" + name + ":" + NewId()
            : "arn:aws:states:" + Options.Region + ":" + Options.AccountId + ":execution:" + machine.Name + ":" + name;
        if (_executions.TryGetValue(executionArn, out var existing))
        {
            // AWS: the same name and input while that execution runs returns it again; anything else conflicts.
            if (existing.Status == ExecutionStatus.Running && existing.InputText == inputText)
            {
                return Task.FromResult(new StartExecutionResponse(executionArn, existing.Run.StartTime));
            }

            throw new StepFunctionsException("ExecutionAlreadyExists", "Execution Already Exists: '" + executionArn + "'");
        }

        var mocks = testCase is null ? null : Options.MockConfiguration?.GetTestCase(machine.Name, testCase)
            ?? throw new StepFunctionsException("ValidationException", "No mock test case '" + testCase + "' for state machine '" + machine.Name + "' in LocalEngineOptions.MockConfiguration.");
        var stop = new CancellationTokenSource();
        var identity = new ExecutionIdentity(executionArn, name, machine.Arn, machine.Name, machine.RoleArn, machine.Type == "EXPRESS");
        var run = new ExecutionRun(identity, input, Options, _dispatcher, _tokens, stop.Token) { TestCaseMocks = mocks };
        var record = new ExecutionRecord(run, machine, inputText, stop);
        if (!_executions.TryAdd(executionArn, record))
        {
            throw new StepFunctionsException("ExecutionAlreadyExists", "Execution Already Exists: '" + executionArn + "'");
        }

        ExecutionDriver.Start(record);
        return Task.FromResult(new StartExecutionResponse(executionArn, run.StartTime));
    }

    /// <summary>Restarts a FAILED Standard execution from the top-level state that failed, with the input that state
    /// received and the variables it saw: the same execution ARN, an <c>ExecutionRedriven</c> event, RedriveCount + 1.
    /// Any other status, or an Express execution, is <c>ExecutionNotRedrivable</c>.</summary>
    public Task<RedriveExecutionResponse> RedriveExecutionAsync(RedriveExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var record = Find(request.ExecutionArn);
        if (record.Run.Identity.IsExpress)
        {
            throw new StepFunctionsException("ExecutionNotRedrivable", "Express executions cannot be redriven: '" + request.ExecutionArn + "'");
        }

        var status = record.Status;
        if (status != ExecutionStatus.Failed)
        {
            throw new StepFunctionsException("ExecutionNotRedrivable", "Execution is " + status + " and cannot be redriven: '" + request.ExecutionArn + "'");
        }

        var point = RedrivePoint.Find(record.Events, record.Machine.Definition.Root.States, request.ExecutionArn);
        var now = Options.TimeProvider.GetUtcNow();
        if (!record.TryBeginRedrive(now))
        {
            throw new StepFunctionsException("ExecutionNotRedrivable", "Execution is " + record.Status + " and cannot be redriven: '" + request.ExecutionArn + "'");
        }

        ExecutionDriver.Redrive(record, point);
        return Task.FromResult(new RedriveExecutionResponse(now));
    }

    public Task<DescribeExecutionResponse> DescribeExecutionAsync(DescribeExecutionRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(Find(request.ExecutionArn).Describe());

    /// <summary>Completes when the execution has ended; returns its description.</summary>
    public async Task<DescribeExecutionResponse> WaitForExecutionAsync(string executionArn, CancellationToken cancellationToken = default)
    {
        var record = Find(executionArn);
        await record.Completion.WaitAsync(cancellationToken).ConfigureAwait(false);
        return record.Describe();
    }

    public Task<StopExecutionResponse> StopExecutionAsync(StopExecutionRequest request, CancellationToken cancellationToken = default)
    {
        var record = Find(request.ExecutionArn);
        record.TryFinish(ExecutionStatus.Aborted, null, request.Error, request.Cause, () => record.Run.History.EmitSide(0, HistoryEventTypes.ExecutionAborted, new HistoryEventDetails
        {
            Error = request.Error,
            Cause = request.Cause,
        }));
        record.Stop.Cancel();
        return Task.FromResult(new StopExecutionResponse(record.StopDate ?? Options.TimeProvider.GetUtcNow()));
    }

    public Task<GetExecutionHistoryResponse> GetExecutionHistoryAsync(GetExecutionHistoryRequest request, CancellationToken cancellationToken = default)
    {
        IEnumerable<HistoryEvent> events = Find(request.ExecutionArn).Events;
        if (request.ReverseOrder)
        {
            events = events.Reverse();
        }

        var (page, next) = Paginate(events.ToList(), request.MaxResults, request.NextToken);
        return Task.FromResult(new GetExecutionHistoryResponse(page, next));
    }

    public Task<ListExecutionsResponse> ListExecutionsAsync(ListExecutionsRequest request, CancellationToken cancellationToken = default)
    {
        if (!_machines.ContainsKey(request.StateMachineArn))
        {
            throw new StepFunctionsException("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + request.StateMachineArn + "'");
        }

        if (request.StatusFilter is { } filter && !ExecutionStatus.IsKnown(filter))
        {
            throw new StepFunctionsException("ValidationException", "1 validation error detected: Value '" + filter + "' at 'statusFilter' failed to satisfy constraint: Member must satisfy enum value set: [SUCCEEDED, TIMED_OUT, PENDING_REDRIVE, ABORTED, FAILED, RUNNING]");
        }

        var items = _executions.Values
            .Where(e => e.Machine.Arn == request.StateMachineArn && (request.StatusFilter is null || e.Status == request.StatusFilter))
            .OrderByDescending(e => e.Run.StartTime)
            .Select(e => new ExecutionListItem(e.Run.Identity.ExecutionArn, e.Machine.Arn, e.Run.Identity.Name, e.Status, e.Run.StartTime, e.StopDate))
            .ToList();
        var (page, next) = Paginate(items, request.MaxResults, request.NextToken);
        return Task.FromResult(new ListExecutionsResponse(page, next));
    }

    public Task SendTaskSuccessAsync(SendTaskSuccessRequest request, CancellationToken cancellationToken = default)
    {
        System.Text.Json.Nodes.JsonNode? output;
        try
        {
            output = JsonNodes.Parse(request.Output);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new StepFunctionsException("InvalidOutput", "Invalid Output: '" + e.Message + "'");
        }

        FindCallback(request.TaskToken).Succeed(output);
        return Task.CompletedTask;
    }

    public Task SendTaskFailureAsync(SendTaskFailureRequest request, CancellationToken cancellationToken = default)
    {
        FindCallback(request.TaskToken).Fail(request.Error, request.Cause);
        return Task.CompletedTask;
    }

    public Task SendTaskHeartbeatAsync(SendTaskHeartbeatRequest request, CancellationToken cancellationToken = default)
    {
        FindCallback(request.TaskToken).Heartbeat();
        return Task.CompletedTask;
    }

    /// <summary>Convenience for tests and the CLI: creates (or reuses) a machine, runs one execution to its end.</summary>
    public async Task<DescribeExecutionResponse> RunAsync(string definition, string? input = null, string stateMachineName = "StepFlowLocal", string? testCase = null, CancellationToken cancellationToken = default)
    {
        var machine = await CreateStateMachineAsync(new CreateStateMachineRequest { Name = stateMachineName, Definition = definition }, cancellationToken).ConfigureAwait(false);
        var arn = testCase is null ? machine.StateMachineArn : machine.StateMachineArn + "#" + testCase;
        var started = await StartExecutionAsync(new StartExecutionRequest { StateMachineArn = arn, Input = input }, cancellationToken).ConfigureAwait(false);
        return await WaitForExecutionAsync(started.ExecutionArn, cancellationToken).ConfigureAwait(false);
    }

    private string NewId()
    {
        lock (_names)
        {
            return IntrinsicEvaluator.NewUuid(_names);
        }
    }

    private ExecutionRecord Find(string executionArn)
    {
        if (!executionArn.StartsWith("arn:", StringComparison.Ordinal))
        {
            throw new StepFunctionsException("InvalidArn", "Invalid Arn: 'Invalid ARN prefix: " + executionArn + "'");
        }

        return _executions.TryGetValue(executionArn, out var record)
            ? record
            : throw new StepFunctionsException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + executionArn + "'");
    }

    private PendingCallback FindCallback(string token) =>
        _tokens.TryGet(token, out var callback)
            ? callback
            : throw new StepFunctionsException("TaskDoesNotExist", "Task Does Not Exist: the token '" + token + "' is unknown or its task has ended.");

    private static (string Arn, string? TestCase) SplitTestCase(string arn)
    {
        var hash = arn.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (arn, null) : (arn.Substring(0, hash), arn.Substring(hash + 1));
    }

    private static (List<T> Page, string? Next) Paginate<T>(List<T> items, int maxResults, string? nextToken)
    {
        var start = 0;
        if (nextToken is not null && (!int.TryParse(nextToken, NumberStyles.None, CultureInfo.InvariantCulture, out start) || start > items.Count))
        {
            throw new StepFunctionsException("InvalidToken", "Invalid Token: '" + nextToken + "'");
        }

        var size = maxResults <= 0 ? 1000 : maxResults;
        var page = items.Skip(start).Take(size).ToList();
        var end = start + page.Count;
        return (page, end < items.Count ? end.ToString(CultureInfo.InvariantCulture) : null);
    }
}
