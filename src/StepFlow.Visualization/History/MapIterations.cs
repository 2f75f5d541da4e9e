using System.Collections.Generic;

namespace StepFlow.Visualization.History;

/// <summary>Iteration counts of one Map state run, with the items that failed.</summary>
public sealed class MapIterations
{
    /// <summary>Number of items, as reported by <c>MapStateStarted</c> (0 with an ItemReader).</summary>
    public long? Length { get; internal set; }

    /// <summary>Iterations started.</summary>
    public int Started { get; internal set; }

    /// <summary>Iterations that succeeded.</summary>
    public int Succeeded { get; internal set; }

    /// <summary>Iterations that failed.</summary>
    public int Failed { get; internal set; }

    /// <summary>Iterations aborted because a sibling failed.</summary>
    public int Aborted { get; internal set; }

    /// <summary>The failed items, in the order they failed.</summary>
    public List<FailedItem> FailedItems { get; } = [];
}

/// <summary>An item whose Map iteration failed.</summary>
/// <param name="Index">The item's index.</param>
/// <param name="Error">The error that failed the iteration, when known.</param>
/// <param name="Cause">Its cause, when known.</param>
/// <param name="StateName">The state inside the processor where it failed, when known.</param>
public sealed record FailedItem(long Index, string? Error, string? Cause, string? StateName);
