using System;
using System.Text.Json.Nodes;

namespace StepFlow.Visualization.History;

/// <summary>One GetExecutionHistory event, with its single <c>…EventDetails</c> member.</summary>
internal sealed record HistoryEvent(long Id, long? PreviousEventId, string Type, DateTimeOffset? Timestamp, JsonObject? Details, string Path)
{
    public string? DetailString(string name) =>
        Details?[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    public long? DetailNumber(string name) =>
        Details?[name] is JsonValue value && value.TryGetValue(out long number) ? number : null;

    public string DetailPath(string name) => Path + "." + DetailsMember + "." + name;

    /// <summary>The name of the details member as AWS spells it, e.g. <c>stateEnteredEventDetails</c>.</summary>
    public string DetailsMember { get; init; } = "details";
}
