using System.Collections.Generic;
using StepFlow.Visualization.History;

namespace StepFlow.Visualization.Rendering;

/// <summary>Folds an execution trace into per-state colours, run counts and taken edges.</summary>
internal static class OverlayBuilder
{
    public static DiagramOverlay Build(ExecutionTrace trace)
    {
        var overlay = new DiagramOverlay();
        foreach (StateRun run in trace.Runs)
        {
            int id = run.State.Id;
            overlay.RunCounts[id] = overlay.RunCounts.GetValueOrDefault(id) + 1;
            if (run.Attempts.Count > 1)
            {
                overlay.RetryCounts[id] = overlay.RetryCounts.GetValueOrDefault(id) + run.Attempts.Count - 1;
            }

            StateOutcome current = overlay.Outcomes.GetValueOrDefault(id, StateOutcome.NotReached);
            if (OutcomeRules.Severity(run.Outcome) > OutcomeRules.Severity(current))
            {
                overlay.Outcomes[id] = run.Outcome;
            }
        }

        overlay.TakenEdges.UnionWith(trace.TakenEdges);
        return overlay;
    }
}
