using System.Threading;
using StepFlow.Local.History;

namespace StepFlow.Local.Execution;

/// <summary>One running <c>States</c> block: the whole machine, a Parallel branch or a Map iteration.</summary>
internal sealed class Scope
{
    public Scope(ExecutionRun run, VariableStore variables, HistoryRecorder history, HistoryCursor cursor, CancellationToken cancellation, ScopeKind kind = ScopeKind.Execution)
    {
        Kind = kind;
        Run = run;
        Variables = variables;
        History = history;
        Cursor = cursor;
        Cancellation = cancellation;
    }

    public ExecutionRun Run { get; }

    public ScopeKind Kind { get; }

    public VariableStore Variables { get; }

    public HistoryRecorder History { get; }

    public HistoryCursor Cursor { get; }

    /// <summary>Signalled when the execution stops or a sibling branch/iteration fails.</summary>
    public CancellationToken Cancellation { get; }

    public Scope CreateChild(ScopeKind kind, VariableStore variables, HistoryCursor cursor, CancellationToken cancellation, HistoryRecorder? history = null) =>
        new(Run, variables, history ?? History, cursor, cancellation, kind);
}
