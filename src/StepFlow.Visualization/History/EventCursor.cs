using System;

namespace StepFlow.Visualization.History;

/// <summary>
/// Where an event leaves its causal thread: the scope it happened in and the state run it belongs to. The next
/// event of the thread (the one whose <c>previousEventId</c> names this event) continues from here.
/// </summary>
internal readonly record struct EventCursor(ExecutionScope Scope, StateRun? Run)
{
    /// <summary>This cursor's run if it matches, else the nearest enclosing Parallel/Map run that does.</summary>
    public StateRun? FindRun(Func<StateRun, bool> matches)
    {
        if (Run is StateRun run && matches(run))
        {
            return run;
        }

        for (ExecutionScope? scope = Scope; scope is not null; scope = scope.Parent)
        {
            if (scope.Owner is StateRun owner && matches(owner))
            {
                return owner;
            }
        }

        return null;
    }
}
