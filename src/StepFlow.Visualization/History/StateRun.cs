using System;
using System.Collections.Generic;
using StepFlow.Visualization.Definition;
using StepFlow.Visualization.Rendering;

namespace StepFlow.Visualization.History;

/// <summary>One visit of a state: from its <c>…StateEntered</c> event to its exit or failure.</summary>
public sealed class StateRun
{
    internal StateRun(StateNode state, ExecutionScope scope, DateTimeOffset? entered, string? input)
    {
        State = state;
        Scope = scope;
        Entered = entered;
        Input = input;
    }

    /// <summary>The state visited.</summary>
    public StateNode State { get; }

    /// <summary>Where the visit happened (top level, a branch, a Map iteration).</summary>
    internal ExecutionScope Scope { get; }

    /// <summary>Readable location, e.g. <c>Process items › item 17</c>; empty at the top level.</summary>
    public string Location => Scope.Describe(State.Owner);

    /// <summary>When the state was entered.</summary>
    public DateTimeOffset? Entered { get; }

    /// <summary>True once the history shows the state's <c>…StateExited</c> event.</summary>
    public bool HasExited { get; internal set; }

    /// <summary>When the state exited; <c>null</c> if it did not or the history has no timestamps.</summary>
    public DateTimeOffset? Exited { get; internal set; }

    /// <summary>The state's input (JSON text).</summary>
    public string? Input { get; }

    /// <summary>The state's output (JSON text), when it exited.</summary>
    public string? Output { get; internal set; }

    /// <summary>Task invocations or branch/iteration runs, in order; more than one means retries.</summary>
    public List<Attempt> Attempts { get; } = [];

    /// <summary>The error that ended the visit when no attempt carries it (e.g. a Fail state, <c>States.Runtime</c>).</summary>
    public string? Error { get; internal set; }

    /// <summary>Cause of <see cref="Error"/>.</summary>
    public string? Cause { get; internal set; }

    /// <summary>True when the history aborted this run (a sibling failed, or the execution was stopped).</summary>
    public bool Aborted { get; internal set; }

    /// <summary>Iteration counts when the state is a Map.</summary>
    public MapIterations? Map { get; internal set; }

    /// <summary>For a failed Parallel or Map, the run inside it whose failure it passed on.</summary>
    public StateRun? FailedChild { get; internal set; }

    /// <summary>How the visit ended.</summary>
    public StateOutcome Outcome { get; internal set; }

    /// <summary>True when this run happened inside <paramref name="owner"/> (a branch or iteration of it, at any depth).</summary>
    internal bool IsInside(StateRun owner)
    {
        for (ExecutionScope? scope = Scope; scope is not null; scope = scope.Parent)
        {
            if (scope.Owner == owner)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The error and cause the visit failed with, from the last attempt or the run itself.</summary>
    public (string? Error, string? Cause) FinalError()
    {
        if (Attempts.Count > 0 && Attempts[^1].Failed)
        {
            return (Attempts[^1].Error ?? Error, Attempts[^1].Cause ?? Cause);
        }

        return (Error, Cause);
    }
}
