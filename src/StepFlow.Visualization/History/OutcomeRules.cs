using StepFlow.Visualization.Definition;
using StepFlow.Visualization.Rendering;

namespace StepFlow.Visualization.History;

/// <summary>Decides each run's outcome once the whole history has been read.</summary>
internal static class OutcomeRules
{
    public static void Apply(ExecutionTrace trace)
    {
        foreach (StateRun run in trace.Runs)
        {
            run.Outcome = Decide(run);
        }
    }

    private static StateOutcome Decide(StateRun run)
    {
        bool endedInError = run.FinalError().Error is not null || (run.Attempts.Count > 0 && run.Attempts[^1].Failed);
        bool anyFailedAttempt = run.Attempts.Exists(a => a.Failed);
        if (run.HasExited)
        {
            // Leaving a state after its failure means a Catcher took the error to its Next state.
            return endedInError ? StateOutcome.Caught : anyFailedAttempt ? StateOutcome.Retried : StateOutcome.Succeeded;
        }

        if (endedInError || run.State.Type == StateType.Fail)
        {
            return StateOutcome.Failed;
        }

        return StateOutcome.Unfinished;
    }

    /// <summary>Severity used to colour a state that ran several times: the most notable outcome wins.</summary>
    public static int Severity(StateOutcome outcome) => outcome switch
    {
        StateOutcome.Failed => 5,
        StateOutcome.Caught => 4,
        StateOutcome.Retried => 3,
        StateOutcome.Unfinished => 2,
        StateOutcome.Succeeded => 1,
        _ => 0,
    };
}
