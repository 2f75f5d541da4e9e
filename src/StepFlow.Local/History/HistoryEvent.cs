using System;

namespace StepFlow.Local.History;

/// <summary>One entry of GetExecutionHistory.</summary>
public sealed class HistoryEvent
{
    internal HistoryEvent(long id, long previousEventId, DateTimeOffset timestamp, string type, HistoryEventDetails? details)
    {
        Id = id;
        PreviousEventId = previousEventId;
        Timestamp = timestamp;
        Type = type;
        Details = details;
    }

    /// <summary>1-based position in the history.</summary>
    public long Id { get; }

    /// <summary>The event this one follows causally (0 for none), numbered as AWS does (asl-reference §7.1).</summary>
    public long PreviousEventId { get; }

    public DateTimeOffset Timestamp { get; }

    /// <summary>AWS's event type name, e.g. <c>PassStateEntered</c>; see <see cref="HistoryEventTypes"/>.</summary>
    public string Type { get; }

    /// <summary>The event's details, or null for types that carry none.</summary>
    public HistoryEventDetails? Details { get; }

    /// <summary>The AWS member name holding <see cref="Details"/>, e.g. <c>stateEnteredEventDetails</c>.</summary>
    public string? DetailsMemberName => Details is null ? null : DetailsMemberNameFor(Type);

    /// <summary>Maps an event type to the member that carries its details.</summary>
    public static string DetailsMemberNameFor(string type)
    {
        if (type.EndsWith("StateEntered", StringComparison.Ordinal))
        {
            return "stateEnteredEventDetails";
        }

        if (type.EndsWith("StateExited", StringComparison.Ordinal))
        {
            return "stateExitedEventDetails";
        }

        return char.ToLowerInvariant(type[0]) + type.Substring(1) + "EventDetails";
    }
}
