using System;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Local.Api;
using StepFlow.Local.History;

namespace StepFlow.Local.Execution;

/// <summary>The stored state of one execution; the first terminal outcome wins (a stop racing a success).</summary>
internal sealed class ExecutionRecord
{
    private readonly object _gate = new();
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ExecutionRecord(ExecutionRun run, StateMachineRecord machine, string inputText, CancellationTokenSource stop)
    {
        Run = run;
        Machine = machine;
        InputText = inputText;
        Stop = stop;
    }

    public ExecutionRun Run { get; }

    public StateMachineRecord Machine { get; }

    public string InputText { get; }

    public CancellationTokenSource Stop { get; }

    public string Status { get; private set; } = ExecutionStatus.Running;

    public DateTimeOffset? StopDate { get; private set; }

    public string? OutputText { get; private set; }

    public string? Error { get; private set; }

    public string? Cause { get; private set; }

    public Task Completion => _completion.Task;

    /// <summary>Records the outcome and its closing history event; false when the execution had already ended.</summary>
    public bool TryFinish(string status, string? output, string? error, string? cause, Func<long> emitClosingEvent)
    {
        lock (_gate)
        {
            if (Status != ExecutionStatus.Running)
            {
                return false;
            }

            emitClosingEvent();
            Status = status;
            OutputText = output;
            Error = error;
            Cause = cause;
            StopDate = Run.Clock.GetUtcNow();
        }

        _completion.TrySetResult();
        return true;
    }

    public DescribeExecutionResponse Describe() => new()
    {
        ExecutionArn = Run.Identity.ExecutionArn,
        StateMachineArn = Run.Identity.StateMachineArn,
        Name = Run.Identity.Name,
        Status = Status,
        StartDate = Run.StartTime,
        StopDate = StopDate,
        Input = InputText,
        Output = OutputText,
        Error = Error,
        Cause = Cause,
    };

    public HistoryEvent[] Events => Run.History.Snapshot();
}
