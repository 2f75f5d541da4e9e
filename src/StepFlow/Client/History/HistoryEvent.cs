using System;

namespace StepFlow.Client;

/// <summary>
/// One GetExecutionHistory event. The commonly needed members of its details (state name, payloads, error) are
/// lifted out; <see cref="Details"/> keeps the whole details object as JSON text.
/// </summary>
public sealed class HistoryEvent
{
    public HistoryEvent(long id, long previousEventId, DateTimeOffset timestamp, string type)
    {
        Id = id;
        PreviousEventId = previousEventId;
        Timestamp = timestamp;
        Type = type;
    }

    public long Id { get; }

    public long PreviousEventId { get; }

    public DateTimeOffset Timestamp { get; }

    /// <summary>The event type, e.g. <c>TaskStateEntered</c>.</summary>
    public string Type { get; }

    /// <summary>For state events: the state's name.</summary>
    public string? StateName { get; set; }

    /// <summary>The event's input (JSON text), when it has one.</summary>
    public string? Input { get; set; }

    /// <summary>The event's output (JSON text), when it has one.</summary>
    public string? Output { get; set; }

    public string? Error { get; set; }

    public string? Cause { get; set; }

    /// <summary>The event's <c>…EventDetails</c> object as JSON text, or null when the event has none.</summary>
    public string? Details { get; set; }

    public override string ToString() => Id + " " + Type + (StateName is null ? string.Empty : " " + StateName) + (Error is null ? string.Empty : " " + Error);
}
