using System;
using System.Collections.Concurrent;

namespace StepFlow.Local.Tasks;

/// <summary>Task handlers by state name (checked first) or by resource ARN.</summary>
public sealed class TaskHandlerRegistry
{
    private readonly ConcurrentDictionary<string, TaskHandler> _byState = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskHandler> _byResource = new(StringComparer.Ordinal);

    /// <summary>Handles every Task state named <paramref name="stateName"/>.</summary>
    public TaskHandlerRegistry ForState(string stateName, TaskHandler handler)
    {
        _byState[stateName] = handler ?? throw new ArgumentNullException(nameof(handler));
        return this;
    }

    /// <summary>Handles every Task whose Resource is exactly <paramref name="resourceArn"/>.</summary>
    public TaskHandlerRegistry ForResource(string resourceArn, TaskHandler handler)
    {
        _byResource[resourceArn] = handler ?? throw new ArgumentNullException(nameof(handler));
        return this;
    }

    /// <summary>Handles Tasks that match nothing else.</summary>
    public TaskHandler? Fallback { get; set; }

    internal TaskHandler? Find(string stateName, string resourceArn) =>
        _byState.TryGetValue(stateName, out var byState) ? byState
        : _byResource.TryGetValue(resourceArn, out var byResource) ? byResource
        : Fallback;
}
