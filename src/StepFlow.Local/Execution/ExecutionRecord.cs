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
    private TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

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

    public Task Completion
    {
        get
        {
            lock (_gate)
            {
                return _completion.Task;
            }
        }
    }

    /// <summary>Variables of the top-level scope, kept so a redrive resumes with them.</summary>
    public VariableStore? Variables { get; set; }

    public int RedriveCount { get; private set; }

    public DateTimeOffset? RedriveDate { get; private set; }

    /// <summary>Reopens a FAILED execution for RedriveExecution; false when it is in any other status.</summary>
    public bool TryBeginRedrive(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (Status != ExecutionStatus.Failed)
            {
                return false;
            }

            Status = ExecutionStatus.Running;
            StopDate = null;
            Error = null;
            Cause = null;
            RedriveCount++;
            RedriveDate = now;
            _completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return true;
        }
    }

    /// <summary>Records the outcome and its closing history event; false when the execution had already ended.</summary>
    public bool TryFinish(string status, string? output, string? error, string? cause, Func<long> emitClosingEvent)
    {
        TaskCompletionSource completion;
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
            completion = _completion;
        }

        completion.TrySetResult();
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
        RedriveCount = RedriveCount,
        RedriveDate = RedriveDate,
    };

    public HistoryEvent[] Events => Run.History.Snapshot();
}
