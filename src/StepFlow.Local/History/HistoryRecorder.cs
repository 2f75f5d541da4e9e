using System;
using System.Collections.Generic;

namespace StepFlow.Local.History;

/// <summary>Appends events with AWS-style ids; readers get snapshots, so recording and reading may overlap.</summary>
internal sealed class HistoryRecorder
{
    private readonly List<HistoryEvent> _events = new();
    private readonly TimeProvider _clock;
    private readonly bool _keep;
    private long _nextId = 1;

    public HistoryRecorder(TimeProvider clock, bool keep = true)
    {
        _clock = clock;
        _keep = keep;
    }

    public int Count
    {
        get
        {
            lock (_events)
            {
                return _events.Count;
            }
        }
    }

    /// <summary>Records an event that follows <paramref name="cursor"/> and becomes its new last event.</summary>
    public long Emit(HistoryCursor cursor, string type, HistoryEventDetails? details = null)
    {
        var id = EmitSide(cursor.Last, type, details);
        cursor.Last = id;
        return id;
    }

    /// <summary>Records an event pointing at <paramref name="previousEventId"/> without moving any cursor.</summary>
    public long EmitSide(long previousEventId, string type, HistoryEventDetails? details = null)
    {
        lock (_events)
        {
            var id = _nextId++;
            if (_keep)
            {
                _events.Add(new HistoryEvent(id, previousEventId, _clock.GetUtcNow(), type, details));
            }

            return id;
        }
    }

    /// <summary>Records a state or Map-iteration event on <paramref name="cursor"/> (see <see cref="LeanEventValues"/>).</summary>
    public long Emit(HistoryCursor cursor, string type, in LeanEventValues values)
    {
        var id = EmitSide(cursor.Last, type, values);
        cursor.Last = id;
        return id;
    }

    public long EmitSide(long previousEventId, string type, in LeanEventValues values)
    {
        lock (_events)
        {
            var id = _nextId++;
            if (_keep)
            {
                _events.Add(new HistoryEvent(id, previousEventId, _clock.GetUtcNow(), type, values));
            }

            return id;
        }
    }

    public HistoryEvent[] Snapshot()
    {
        lock (_events)
        {
            return _events.ToArray();
        }
    }
}
