using System;
using System.Collections.Generic;

namespace StepFlow.Local.History;

/// <summary>Appends events with AWS-style ids; readers get snapshots, so recording and reading may overlap.</summary>
internal sealed class HistoryRecorder
{
    // Fixed-size chunks: appending never copies more than one chunk, and each chunk stays below the large-object
    // threshold so young chunks are collected and compacted like any other array. The first chunk starts small and
    // doubles, so a short execution does not pay for a whole chunk.
    private const int ChunkSize = 512;
    private const int FirstChunkSize = 16;

    private readonly List<HistoryEntry[]> _chunks = new();
    private readonly TimeProvider _clock;
    private readonly bool _keep;
    private long _nextId = 1;
    private int _count;

    public HistoryRecorder(TimeProvider clock, bool keep = true)
    {
        _clock = clock;
        _keep = keep;
    }

    /// <summary>False when events are numbered but not stored (<see cref="LocalEngineOptions.RecordHistory"/> off, or
    /// the iterations of a distributed Map).</summary>
    public bool Keeps => _keep;

    public int Count
    {
        get
        {
            lock (_chunks)
            {
                return _count;
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
        lock (_chunks)
        {
            if (_keep)
            {
                Append(new HistoryEntry(previousEventId, _clock.GetUtcNow(), type, details));
            }

            return _nextId++;
        }
    }

    /// <summary>Records a state or Map-iteration event on <paramref name="cursor"/> (see <see cref="LeanEventValues"/>).</summary>
    public long Emit(HistoryCursor cursor, string type, in LeanEventValues values) => Emit(cursor, type, values, out _);

    /// <summary>As <see cref="Emit(HistoryCursor, string, in LeanEventValues)"/>, also giving the event's time (one clock
    /// reading serves the StateEntered event and the visit's <c>EnteredTime</c>).</summary>
    public long Emit(HistoryCursor cursor, string type, in LeanEventValues values, out DateTimeOffset at)
    {
        var id = EmitSide(cursor.Last, type, values, out at);
        cursor.Last = id;
        return id;
    }

    public long EmitSide(long previousEventId, string type, in LeanEventValues values) => EmitSide(previousEventId, type, values, out _);

    private long EmitSide(long previousEventId, string type, in LeanEventValues values, out DateTimeOffset at)
    {
        lock (_chunks)
        {
            at = _clock.GetUtcNow();
            if (_keep)
            {
                Append(new HistoryEntry(previousEventId, at, type, values));
            }

            return _nextId++;
        }
    }

    public HistoryEvent[] Snapshot()
    {
        lock (_chunks)
        {
            var events = new HistoryEvent[_count];
            for (var i = 0; i < events.Length; i++)
            {
                events[i] = _chunks[i / ChunkSize][i % ChunkSize].ToEvent(i + 1);
            }

            return events;
        }
    }

    private void Append(in HistoryEntry entry)
    {
        var offset = _count % ChunkSize;
        if (offset == 0)
        {
            _chunks.Add(new HistoryEntry[_count == 0 ? FirstChunkSize : ChunkSize]);
        }
        else if (offset == _chunks[^1].Length)
        {
            var grown = _chunks[^1];
            Array.Resize(ref grown, Math.Min(grown.Length * 2, ChunkSize));
            _chunks[^1] = grown;
        }

        _chunks[^1][offset] = entry;
        _count++;
    }
}
