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
    private readonly Dictionary<long, EventCursor> _cursors = [];

    private TraceBuilder(WorkflowDefinition definition)
    {
        _trace = new ExecutionTrace(definition);
        _top = ExecutionScope.TopLevel(definition.Root);
    }

    public static ExecutionTrace Build(WorkflowDefinition definition, List<HistoryEvent> events)
    {
        var builder = new TraceBuilder(definition);
        for (int i = 0; i < events.Count; i++)
        {
            EventCursor previous = builder.Previous(events, i);
            builder._cursors[events[i].Id] = builder.Apply(events[i], previous);
        }

        builder._trace.EventCount = events.Count;
        OutcomeRules.Apply(builder._trace);
        return builder._trace;
    }

    private EventCursor Previous(List<HistoryEvent> events, int i)
    {
        long? previousId = events[i].PreviousEventId;
        if (previousId is long id && _cursors.TryGetValue(id, out EventCursor cursor))
        {
            return cursor;
        }

        // previousEventId 0 opens the first state (and ExecutionAborted); a missing link falls back to list order.
        return previousId == 0 || i == 0 ? new EventCursor(_top, null) : _cursors[events[i - 1].Id];
    }

    private EventCursor Apply(HistoryEvent e, EventCursor previous)
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
            StateRun? aborted = previous.FindRun(run => type.StartsWith(run.State.TypeName, StringComparison.Ordinal));
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

    private EventCursor Started(HistoryEvent e)
    {
        _trace.Started = e.Timestamp;
        _trace.Input = e.DetailString("input");
        return new EventCursor(_top, null);
    }

    private EventCursor Finished(HistoryEvent e, EventCursor previous)
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

    private EventCursor Enter(HistoryEvent e, EventCursor previous)
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

        return new EventCursor(scope, run);
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

    private EventCursor Exit(HistoryEvent e, EventCursor previous)
    {
        string? name = e.DetailString("name");
        StateRun? run = previous.FindRun(r => name is null || r.State.Name == name);
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

        return new EventCursor(run.Scope, run);
    }

    private EventCursor Scheduled(HistoryEvent e, EventCursor previous)
    {
        StateRun? run = previous.FindRun(r => r.State.Type == StateType.Task);
        if (run is not null)
        {
            Attempt attempt = AttemptRecorder.Start(run, e);
            string? resourceType = e.DetailString("resourceType");
            string? resource = e.DetailString("resource");
            attempt.Resource = resourceType is null ? resource : resourceType + ":" + resource;
            attempt.Input = e.DetailString("parameters") ?? e.DetailString("input");
        }

        return previous;
    }

    private EventCursor TaskSucceeded(HistoryEvent e, EventCursor previous)
    {
        StateRun? run = previous.FindRun(r => r.State.Type == StateType.Task);
        if (run is not null)
        {
            Attempt attempt = AttemptRecorder.Current(run, e);
            AttemptRecorder.Succeed(attempt, e.Timestamp);
            attempt.Output = e.DetailString("output");
        }

        return previous;
    }

    private EventCursor TaskFailed(HistoryEvent e, EventCursor previous)
    {
        StateRun? run = previous.FindRun(r => r.State.Type == StateType.Task);
        if (run is not null)
        {
            AttemptRecorder.Fail(AttemptRecorder.Current(run, e), e.Timestamp, e.DetailString("error"), e.DetailString("cause"));
        }

        return previous;
    }

    private EventCursor EvaluationFailed(HistoryEvent e, EventCursor previous)
    {
        // Recorded AWS histories link EvaluationFailed to event 0, not to its state, so the state is also looked
        // up by name among the runs still open.
        string? name = e.DetailString("state");
        StateRun? run = previous.FindRun(r => name is null || r.State.Name == name) ?? LatestOpenRun(name);
        if (run is null)
        {
            return previous;
        }

        AttemptRecorder.Fail(AttemptRecorder.Current(run, e), e.Timestamp, e.DetailString("error"), e.DetailString("cause"));
        return new EventCursor(run.Scope, run);
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

    private EventCursor CompositeStarted(HistoryEvent e, EventCursor previous)
    {
        StateRun? run = FindComposite(e, previous);
        if (run is null)
        {
            return previous;
        }

        AttemptRecorder.Start(run, e);
        if (run.State.Type == StateType.Map)
        {
            run.Map ??= new MapIterations();
            run.Map.Length = e.DetailNumber("length") ?? run.Map.Length;
            return new EventCursor(run.Scope, run);
        }

        // Every branch's first state chains from this event; the branch is found by the state's name.
        return new EventCursor(ExecutionScope.Inside(run, null), run);
    }

    private EventCursor CompositeSucceeded(HistoryEvent e, EventCursor previous)
    {
        StateRun? run = FindComposite(e, previous);
        if (run is null)
        {
            return previous;
        }

        AttemptRecorder.Succeed(AttemptRecorder.Current(run, e), e.Timestamp);
        return new EventCursor(run.Scope, run);
    }

    private EventCursor CompositeFailed(HistoryEvent e, EventCursor previous)
    {
        StateRun? run = FindComposite(e, previous);
        if (run is null)
        {
            return previous;
        }

        // The failed state's own events carry no error: it is the error of the branch or iteration that failed.
        StateRun? child = previous.Run is StateRun candidate && candidate != run && candidate.IsInside(run) ? candidate : null;
        Attempt attempt = AttemptRecorder.Current(run, e);
        (string? error, string? cause) = child?.FinalError() ?? (attempt.Error, attempt.Cause);
        AttemptRecorder.Fail(attempt, e.Timestamp, attempt.Error ?? error, attempt.Cause ?? cause);
        run.FailedChild = child ?? run.FailedChild;
        return new EventCursor(run.Scope, run);
    }

    private EventCursor MapRunFailed(HistoryEvent e, EventCursor previous)
    {
        StateRun? run = previous.FindRun(r => r.State.Type == StateType.Map);
        if (run is not null)
        {
            Attempt attempt = AttemptRecorder.Current(run, e);
            attempt.Error = e.DetailString("error");
            attempt.Cause = e.DetailString("cause");
        }

        return previous;
    }

    private EventCursor Iteration(HistoryEvent e, EventCursor previous)
    {
        string? name = e.DetailString("name");
        StateRun? map = previous.FindRun(r => r.State.Type == StateType.Map && (name is null || r.State.Name == name));
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
                return new EventCursor(ExecutionScope.Inside(map, index), null);
            case "MapIterationSucceeded":
                iterations.Succeeded++;
                break;
            case "MapIterationAborted":
                iterations.Aborted++;
                break;
            default:
                iterations.Failed++;
                StateRun? child = previous.Run is StateRun candidate && candidate.IsInside(map) ? candidate : null;
                (string? error, string? cause) = child?.FinalError() ?? (null, null);
                iterations.FailedItems.Add(new FailedItem(index, error, cause, child?.State.Name));
                break;
        }

        return previous;
    }

    private StateRun? FindComposite(HistoryEvent e, EventCursor previous)
    {
        StateType type = e.Type.StartsWith("Map", StringComparison.Ordinal) ? StateType.Map : StateType.Parallel;
        return previous.FindRun(r => r.State.Type == type);
    }
}
