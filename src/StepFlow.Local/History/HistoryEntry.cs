using System;
using System.Collections.Generic;

namespace StepFlow.Local.History;

/// <summary>
/// One recorded event as a plain value. A history holds thousands of these for as long as the engine keeps the
/// execution, so they live inline in chunk arrays instead of as one object each: the garbage collector then has a few
/// arrays to promote rather than an object per event. <see cref="HistoryEvent"/> objects are built when read.
/// </summary>
internal readonly struct HistoryEntry
{
    // Kept narrow (56 bytes): a Map over 10,000 items records 40,000 of these. Ids fit an int (two billion events
    // would be over 100 GB of history), and the time is its UTC ticks plus the offset in minutes, as DateTimeOffset
    // itself stores it.
    private readonly object? _payload;
    private readonly string? _name;
    private readonly IReadOnlyDictionary<string, string>? _assigned;
    private readonly long _utcTicks;
    private readonly int _previousEventId;
    private readonly int _index;
    private readonly short _offsetMinutes;
    private readonly Shape _shape;

    public HistoryEntry(long previousEventId, DateTimeOffset timestamp, string type, HistoryEventDetails? details)
    {
        _previousEventId = checked((int)previousEventId);
        _utcTicks = timestamp.UtcTicks;
        _offsetMinutes = (short)timestamp.TotalOffsetMinutes;
        Type = type;
        _payload = details;
        _name = null;
        _assigned = null;
        _index = 0;
        _shape = Shape.Details;
    }

    public HistoryEntry(long previousEventId, DateTimeOffset timestamp, string type, in LeanEventValues values)
    {
        _previousEventId = checked((int)previousEventId);
        _utcTicks = timestamp.UtcTicks;
        _offsetMinutes = (short)timestamp.TotalOffsetMinutes;
        Type = type;
        _payload = values.Payload.Source;
        _name = values.Name;
        _assigned = values.Assigned;
        _index = values.Index ?? 0;
        _shape = Shape.Lean
                 | (!values.Payload.IsPresent ? 0 : values.PayloadIsOutput ? Shape.Output : Shape.Input)
                 | (values.Index is null ? 0 : Shape.Index);
    }

    [Flags]
    private enum Shape : byte
    {
        Details = 0,
        Lean = 1,
        Input = 2,
        Output = 4,
        Index = 8,
    }

    public long PreviousEventId => _previousEventId;

    public DateTimeOffset Timestamp => new DateTimeOffset(_utcTicks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(_offsetMinutes));

    public string Type { get; }

    /// <summary>The public event for position <paramref name="id"/>.</summary>
    public HistoryEvent ToEvent(long id)
    {
        if ((_shape & Shape.Lean) == 0)
        {
            return new HistoryEvent(id, PreviousEventId, Timestamp, Type, (HistoryEventDetails?)_payload);
        }

        var payload = (_shape & (Shape.Input | Shape.Output)) == 0 ? default : LazyJsonText.From(_payload);
        var index = (_shape & Shape.Index) == 0 ? (int?)null : _index;
        return new HistoryEvent(id, PreviousEventId, Timestamp, Type, new LeanEventValues(_name!, payload, (_shape & Shape.Output) != 0, index, _assigned));
    }
}
