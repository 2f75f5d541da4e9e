using System;
using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Linq;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>Counts the runtime's allocation-tick samples (one per ~100 KB allocated) by type, to see what a phase allocates.</summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly ConcurrentDictionary<string, int> _samples = new();

    public bool Enabled { get; set; }

    public void Print(int top)
    {
        foreach (var (type, count) in _samples.OrderByDescending(p => p.Value).Take(top).Select(p => (p.Key, p.Value)))
        {
            Console.WriteLine($"    {count,6} x ~100 KB  {type}");
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs data)
    {
        if (Enabled && data.EventName is { } name && name.StartsWith("GCAllocationTick", StringComparison.Ordinal) && data.Payload is { } payload)
        {
            var index = data.PayloadNames!.IndexOf("TypeName");
            if (index >= 0 && payload[index] is string type)
            {
                _samples.AddOrUpdate(type, 1, (_, n) => n + 1);
            }
        }
    }
}
