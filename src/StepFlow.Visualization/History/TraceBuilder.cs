using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using StepFlow.Visualization.Definition;
using StepFlow.Visualization.Layout;
using StepFlow.Visualization.Rendering;

namespace StepFlow.Visualization.History;

/// <summary>
/// Maps history events onto the definition. Each event continues the causal thread of its <c>previousEventId</c>:
/// a cursor (scope, current run) is kept per event id, so interleaved Parallel branches and Map iterations are
/// told apart. Events that belong to an enclosing state (a Map's iteration and state events, a Parallel's
/// success or failure) find it by walking up the scopes.
/// </summary>
internal sealed class TraceBuilder
{
    private readonly ExecutionTrace _trace;
    private readonly ExecutionScope _top;
    private readonly Dictionary<long, Cursor> _cursors = [];

    private TraceBuilder(WorkflowDefinition definition)
    {
        _trace = new ExecutionTrace(definition);
        _top = ExecutionScope.TopLevel(definition.Root);
    }

    private readonly record struct Cursor(ExecutionScope Scope, StateRun? Run);

    public static ExecutionTrace Build(WorkflowDefinition definition, List<HistoryEvent> events)
    {
        var builder = new TraceBuilder(definition);
        for (int i = 0; i < events.Count; i++)
        {
            Cursor previous = builder.Previous(events, i);
            builder._cursors[events[i].Id] = builder.Apply(events[i], previous);
        }

        builder._trace.EventCount = events.Count;
        OutcomeRules.Apply(builder._trace);
        return builder._trace;
    }

    private Cursor Previous(List<HistoryEvent> events, int i)
    {
        long? previousId = events[i].PreviousEventId;
        if (previousId is long id && _cursors.TryGetValue(id, out Cursor cursor))
        {
            return cursor;
        }

        // previousEventId 0 opens the first state (and ExecutionAborted); a missing link falls back to list order.
        return previousId == 0 || i == 0 ? new Cursor(_top, null) : _cursors[events[i - 1].Id];
    }

    private Cursor Apply(HistoryEvent e, Cursor previous)
    {
        string type = e.Type;
        if (type.EndsWith("StateEntered", StringComparison.Ordinal))
        {
            return Enter(e, previous);
        }

        if (type.EndsWith("StateExited", StringComparison.Ordinal))
        {
            return Exit(e, previous);
        }

        if (type.EndsWith("StateAborted", StringComparison.Ordinal))
        {
            StateRun? aborted = FindRun(previous, run => type.StartsWith(run.State.TypeName, StringComparison.Ordinal));
            if (aborted is not null)
            {
                aborted.Aborted = true;
            }

            return previous;
        }

        return type switch
        {
            "ExecutionStarted" => Started(e),
            "ExecutionSucceeded" or "ExecutionFailed" or "ExecutionTimedOut" or "ExecutionAborted" => Finished(e, previous),
            "TaskScheduled" or "LambdaFunctionScheduled" or "ActivityScheduled" => Scheduled(e, previous),
            "TaskSucceeded" or "LambdaFunctionSucceeded" or "ActivitySucceeded" => TaskSucceeded(e, previous),
            "TaskFailed" or "TaskTimedOut" or "TaskStartFailed" or "TaskSubmitFailed"
                or "LambdaFunctionFailed" or "LambdaFunctionTimedOut" or "LambdaFunctionScheduleFailed" or "LambdaFunctionStartFailed"
                or "ActivityFailed" or "ActivityTimedOut" or "ActivityScheduleFailed" => TaskFailed(e, previous),
            "EvaluationFailed" => EvaluationFailed(e, previous),
            "ParallelStateStarted" or "MapStateStarted" => CompositeStarted(e, previous),
            "ParallelStateSucceeded" or "MapStateSucceeded" => CompositeSucceeded(e, previous),
            "ParallelStateFailed" or "MapStateFailed" => CompositeFailed(e, previous),
            "MapRunFailed" => MapRunFailed(e, previous),
            "MapIterationStarted" or "MapIterationSucceeded" or "MapIterationFailed" or "MapIterationAborted" => Iteration(e, previous),
            _ => previous,
        };
    }

    private Cursor Started(HistoryEvent e)
    {
        _trace.Started = e.Timestamp;
        _trace.Input = e.DetailString("input");
        return new Cursor(_top, null);
    }

    private Cursor Finished(HistoryEvent e, Cursor previous)
    {
        _trace.Status = e.Type switch
        {
            "ExecutionSucceeded" => "SUCCEEDED",
            "ExecutionFailed" => "FAILED",
            "ExecutionTimedOut" => "TIMED_OUT",
            _ => "ABORTED",
        };
        _trace.Stopped = e.Timestamp;
        _trace.Output = e.DetailString("output");
        _trace.Error = e.DetailString("error");
        _trace.Cause = e.DetailString("cause");
        if (e.Type == "ExecutionFailed" && previous.Run is StateRun failed)
        {
            // A Fail state or a States.Runtime error has no failure event of its own; the execution's error is theirs.
            if (!failed.HasExited && failed.FinalError().Error is null)
            {
                failed.Error = _trace.Error;
                failed.Cause = _trace.Cause;
            }

            StateRun innermost = failed;
            while (innermost.FailedChild is not null)
            {
                innermost = innermost.FailedChild;
            }

            _trace.FailedRun = innermost;
        }

        return previous;
    }

    private Cursor Enter(HistoryEvent e, Cursor previous)
    {
        string name = e.DetailString("name")
            ?? throw new VisualizationInputException(e.DetailPath("name"), $"a {e.Type} event needs the state's name");
        ExecutionScope? scope = previous.Scope;
        (WorkflowGraph Graph, int Index)? found = null;
        while (scope is not null && (found = scope.Find(name)) is null)
        {
            scope = scope.Parent;
        }

        if (scope is null || found is not (WorkflowGraph graph, int index))
        {
            throw new VisualizationInputException(e.DetailPath("name"), $"state '{name}' is not in the definition where this event places it; is this history from another state machine?");
        }

        StateNode state = graph.States[index];
        var run = new StateRun(state, scope, e.Timestamp, e.DetailString("input"));
        if (state.Type == StateType.Fail)
        {
            run.Error = LiteralText(state, "Error");
            run.Cause = LiteralText(state, "Cause");
        }

        _trace.Runs.Add(run);
        StateRun? from = previous.Run;
        if (from is not null && from.Scope == scope && from.State.Owner == graph)
        {
            _trace.TakenEdges.Add((graph, TransitionKindOf(from, index), graph.IndexOf(from.State.Name), index));
        }
        else
        {
            _trace.TakenEdges.Add((graph, EdgeKind.Start, -1, index));
        }

        return new Cursor(scope, run);
    }

    /// <summary>A Fail state's literal Error or Cause; expressions are only known from the events.</summary>
    private static string? LiteralText(StateNode state, string field) =>
        state.Definition[field] is JsonValue value && value.TryGetValue(out string? text) && !text.StartsWith("{%", StringComparison.Ordinal) ? text : null;

    private static EdgeKind TransitionKindOf(StateRun from, int targetIndex)
    {
        WorkflowGraph graph = from.State.Owner;
        int source = graph.IndexOf(from.State.Name);
        bool failed = from.FinalError().Error is not null;
        foreach (Transition transition in graph.Transitions)
        {
            if (transition.From == source && transition.To == targetIndex && failed == (transition.Kind == TransitionKind.Catch))
            {
                return transition.Kind is TransitionKind.Default or TransitionKind.Choice ? EdgeKind.Choice
                    : transition.Kind == TransitionKind.Catch ? EdgeKind.Catch : EdgeKind.Next;
            }
        }

        return failed ? EdgeKind.Catch : EdgeKind.Next;
    }

    private Cursor Exit(HistoryEvent e, Cursor previous)
    {
        string? name = e.DetailString("name");
        StateRun? run = FindRun(previous, r => name is null || r.State.Name == name);
        if (run is null)
        {
            return previous;
        }

        run.HasExited = true;
        run.Exited = e.Timestamp;
        run.Output = e.DetailString("output");
        if (run.State.IsTerminal)
        {
            WorkflowGraph graph = run.State.Owner;
            _trace.TakenEdges.Add((graph, EdgeKind.End, graph.IndexOf(run.State.Name), -1));
        }

        return new Cursor(run.Scope, run);
    }

    private Cursor Scheduled(HistoryEvent e, Cursor previous)
    {
        StateRun? run = FindRun(previous, r => r.State.Type == StateType.Task);
        if (run is not null)
        {
            Attempt attempt = NewAttempt(run, e);
            string? resourceType = e.DetailString("resourceType");
            string? resource = e.DetailString("resource");
            attempt.Resource = resourceType is null ? resource : resourceType + ":" + resource;
            attempt.Input = e.DetailString("parameters") ?? e.DetailString("input");
        }

        return previous;
    }

    private Cursor TaskSucceeded(HistoryEvent e, Cursor previous)
    {
        StateRun? run = FindRun(previous, r => r.State.Type == StateType.Task);
        if (run is not null)
        {
            Attempt attempt = OpenAttempt(run, e);
            attempt.Ended = e.Timestamp;
            attempt.Closed = true;
            attempt.Output = e.DetailString("output");
        }

        return previous;
    }

    private Cursor TaskFailed(HistoryEvent e, Cursor previous)
    {
        StateRun? run = FindRun(previous, r => r.State.Type == StateType.Task);
        if (run is not null)
        {
            Fail(OpenAttempt(run, e), e.Timestamp, e.DetailString("error"), e.DetailString("cause"));
        }

        return previous;
    }

    private Cursor EvaluationFailed(HistoryEvent e, Cursor previous)
    {
        // Recorded AWS histories link EvaluationFailed to event 0, not to its state, so the state is also looked
        // up by name among the runs still open.
        string? name = e.DetailString("state");
        StateRun? run = FindRun(previous, r => name is null || r.State.Name == name) ?? LatestOpenRun(name);
        if (run is null)
        {
            return previous;
        }

        Fail(OpenAttempt(run, e), e.Timestamp, e.DetailString("error"), e.DetailString("cause"));
        return new Cursor(run.Scope, run);
    }

    private StateRun? LatestOpenRun(string? name)
    {
        for (int i = _trace.Runs.Count - 1; i >= 0; i--)
        {
            StateRun run = _trace.Runs[i];
            if (!run.HasExited && (name is null || run.State.Name == name))
            {
                return run;
            }
        }

        return null;
    }

    private Cursor CompositeStarted(HistoryEvent e, Cursor previous)
    {
        StateRun? run = FindComposite(e, previous);
        if (run is null)
        {
            return previous;
        }

        NewAttempt(run, e);
        if (run.State.Type == StateType.Map)
        {
            run.Map ??= new MapIterations();
            run.Map.Length = e.DetailNumber("length") ?? run.Map.Length;
            return new Cursor(run.Scope, run);
        }

        // Every branch's first state chains from this event; the branch is found by the state's name.
        return new Cursor(ExecutionScope.Inside(run, null), run);
    }

    private Cursor CompositeSucceeded(HistoryEvent e, Cursor previous)
    {
        StateRun? run = FindComposite(e, previous);
        if (run is null)
        {
            return previous;
        }

        Attempt attempt = OpenAttempt(run, e);
        attempt.Ended = e.Timestamp;
        attempt.Closed = true;
        return new Cursor(run.Scope, run);
    }

    private Cursor CompositeFailed(HistoryEvent e, Cursor previous)
    {
        StateRun? run = FindComposite(e, previous);
        if (run is null)
        {
            return previous;
        }

        // The failed state's own events carry no error: it is the error of the branch or iteration that failed.
        StateRun? child = previous.Run is StateRun candidate && candidate != run && IsInside(candidate, run) ? candidate : null;
        Attempt attempt = OpenAttempt(run, e);
        (string? error, string? cause) = child?.FinalError() ?? (attempt.Error, attempt.Cause);
        Fail(attempt, e.Timestamp, attempt.Error ?? error, attempt.Cause ?? cause);
        run.FailedChild = child ?? run.FailedChild;
        return new Cursor(run.Scope, run);
    }

    private Cursor MapRunFailed(HistoryEvent e, Cursor previous)
    {
        StateRun? run = FindRun(previous, r => r.State.Type == StateType.Map);
        if (run is not null)
        {
            Attempt attempt = OpenAttempt(run, e);
            attempt.Error = e.DetailString("error");
            attempt.Cause = e.DetailString("cause");
        }

        return previous;
    }

    private Cursor Iteration(HistoryEvent e, Cursor previous)
    {
        string? name = e.DetailString("name");
        StateRun? map = FindRun(previous, r => r.State.Type == StateType.Map && (name is null || r.State.Name == name));
        if (map is null)
        {
            return previous;
        }

        MapIterations iterations = map.Map ??= new MapIterations();
        long index = e.DetailNumber("index") ?? iterations.Started;
        switch (e.Type)
        {
            case "MapIterationStarted":
                iterations.Started++;
                return new Cursor(ExecutionScope.Inside(map, index), null);
            case "MapIterationSucceeded":
                iterations.Succeeded++;
                break;
            case "MapIterationAborted":
                iterations.Aborted++;
                break;
            default:
                iterations.Failed++;
                StateRun? child = previous.Run is StateRun candidate && IsInside(candidate, map) ? candidate : null;
                (string? error, string? cause) = child?.FinalError() ?? (null, null);
                iterations.FailedItems.Add(new FailedItem(index, error, cause, child?.State.Name));
                break;
        }

        return previous;
    }

    private StateRun? FindComposite(HistoryEvent e, Cursor previous)
    {
        StateType type = e.Type.StartsWith("Map", StringComparison.Ordinal) ? StateType.Map : StateType.Parallel;
        return FindRun(previous, r => r.State.Type == type);
    }

    /// <summary>The cursor's run if it matches, else the nearest enclosing Parallel/Map run that does.</summary>
    private static StateRun? FindRun(Cursor cursor, Func<StateRun, bool> matches)
    {
        if (cursor.Run is StateRun run && matches(run))
        {
            return run;
        }

        for (ExecutionScope? scope = cursor.Scope; scope is not null; scope = scope.Parent)
        {
            if (scope.Owner is StateRun owner && matches(owner))
            {
                return owner;
            }
        }

        return null;
    }

    private static bool IsInside(StateRun run, StateRun owner)
    {
        for (ExecutionScope? scope = run.Scope; scope is not null; scope = scope.Parent)
        {
            if (scope.Owner == owner)
            {
                return true;
            }
        }

        return false;
    }

    private static Attempt NewAttempt(StateRun run, HistoryEvent e)
    {
        var attempt = new Attempt { Started = e.Timestamp };
        if (run.Attempts.Count > 0 && run.Attempts[^1] is { Failed: true, Ended: DateTimeOffset failedAt } && e.Timestamp is DateTimeOffset now)
        {
            attempt.DelayBefore = now - failedAt;
        }

        run.Attempts.Add(attempt);
        return attempt;
    }

    /// <summary>The attempt still in progress, or a new one when the history reports an outcome without a start.</summary>
    private static Attempt OpenAttempt(StateRun run, HistoryEvent e) =>
        run.Attempts.Count > 0 && !run.Attempts[^1].Closed ? run.Attempts[^1] : NewAttempt(run, e);

    private static void Fail(Attempt attempt, DateTimeOffset? at, string? error, string? cause)
    {
        attempt.Failed = true;
        attempt.Closed = true;
        attempt.Ended = at;
        attempt.Error = error;
        attempt.Cause = cause;
    }
}
