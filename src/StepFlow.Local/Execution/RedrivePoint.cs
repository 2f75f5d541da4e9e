using System.Collections.Generic;
using System.Text.Json.Nodes;
using StepFlow.Local.Api;
using StepFlow.Local.History;
using StepFlow.Local.Json;

namespace StepFlow.Local.Execution;

/// <summary>Where a redrive resumes: the top-level state that failed, the input it was entered with, and the
/// execution's closing event.</summary>
internal sealed record RedrivePoint(string StateName, JsonNode? Input, long ClosingEventId)
{
    /// <summary>Walks back from the closing event along previousEventId to the top-level state that was running
    /// (state names are unique in a machine, so the first StateEntered naming a top-level state is it).</summary>
    /// <exception cref="StepFunctionsException">ExecutionNotRedrivable when the history does not show one.</exception>
    public static RedrivePoint Find(HistoryEvent[] events, IReadOnlyDictionary<string, States.State> topLevel, string executionArn)
    {
        if (events.Length == 0)
        {
            throw NotRedrivable(executionArn, "its history was not recorded (LocalEngineOptions.RecordHistory is false)");
        }

        var closing = events[^1];
        var id = closing.PreviousEventId;
        while (id > 0)
        {
            var e = events[id - 1];
            if (e.Type.EndsWith("StateEntered", System.StringComparison.Ordinal) && e.Details?.Name is { } name && topLevel.ContainsKey(name))
            {
                return new RedrivePoint(name, e.Details.Input is { } input ? JsonNodes.Parse(input) : null, closing.Id);
            }

            id = e.PreviousEventId;
        }

        throw NotRedrivable(executionArn, "it failed before entering any state");
    }

    private static StepFunctionsException NotRedrivable(string executionArn, string reason) =>
        new("ExecutionNotRedrivable", "Execution '" + executionArn + "' cannot be redriven: " + reason + ".");
}
