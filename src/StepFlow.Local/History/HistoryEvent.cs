using System;
using System.Collections.Generic;

namespace StepFlow.Local.History;

/// <summary>One entry of GetExecutionHistory.</summary>
public sealed class HistoryEvent
{
    // State and Map-iteration events are the bulk of a history; they keep their few values here and build their
    // details object only when someone reads it, so recording them costs one allocation.
    private readonly string? _name;
    private readonly LazyJsonText _payload;
    private readonly bool _payloadIsOutput;
    private readonly int? _index;
    private readonly IReadOnlyDictionary<string, string>? _assigned;
    private HistoryEventDetails? _details;

    internal HistoryEvent(long id, long previousEventId, DateTimeOffset timestamp, string type, HistoryEventDetails? details)
    {
        Id = id;
        PreviousEventId = previousEventId;
        Timestamp = timestamp;
        Type = type;
        _details = details;
    }

    internal HistoryEvent(long id, long previousEventId, DateTimeOffset timestamp, string type, in LeanEventValues values)
    {
        Id = id;
        PreviousEventId = previousEventId;
        Timestamp = timestamp;
        Type = type;
        _name = values.Name;
        _payload = values.Payload;
        _payloadIsOutput = values.PayloadIsOutput;
        _index = values.Index;
        _assigned = values.Assigned;
    }

    /// <summary>1-based position in the history.</summary>
    public long Id { get; }

    /// <summary>The event this one follows causally (0 for none), numbered as AWS does (asl-reference §7.1).</summary>
    public long PreviousEventId { get; }

    public DateTimeOffset Timestamp { get; }

    /// <summary>AWS's event type name, e.g. <c>PassStateEntered</c>; see <see cref="HistoryEventTypes"/>.</summary>
    public string Type { get; }

    /// <summary>The event's details, or null for types that carry none.</summary>
    public HistoryEventDetails? Details => _details ??= _name is null ? null : new HistoryEventDetails
    {
        Name = _name,
        InputPayload = _payloadIsOutput ? default : _payload,
        OutputPayload = _payloadIsOutput ? _payload : default,
        Index = _index,
        AssignedVariables = _assigned,
    };

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

/// <summary>The values of a state or Map-iteration event (name, payload, index, assigned variables).</summary>
internal readonly record struct LeanEventValues(string Name, LazyJsonText Payload, bool PayloadIsOutput, int? Index, IReadOnlyDictionary<string, string>? Assigned);
