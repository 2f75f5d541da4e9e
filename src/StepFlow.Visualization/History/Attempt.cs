using System;

namespace StepFlow.Visualization.History;

/// <summary>
/// One try of a state's work: a task invocation, or one run of a Parallel's branches or a Map's iterations.
/// Retries show up as further attempts of the same state run.
/// </summary>
public sealed class Attempt
{
    /// <summary>When the work was scheduled or started.</summary>
    public DateTimeOffset? Started { get; internal set; }

    /// <summary>When it succeeded or failed.</summary>
    public DateTimeOffset? Ended { get; internal set; }

    /// <summary>Task resource (e.g. <c>lambda:invoke</c>), when the history names one.</summary>
    public string? Resource { get; internal set; }

    /// <summary>The input sent (JSON text), when the history records it.</summary>
    public string? Input { get; internal set; }

    /// <summary>The raw result (JSON text) of a successful attempt.</summary>
    public string? Output { get; internal set; }

    /// <summary>Error name of a failed attempt.</summary>
    public string? Error { get; internal set; }

    /// <summary>Cause of a failed attempt.</summary>
    public string? Cause { get; internal set; }

    /// <summary>True when the attempt failed.</summary>
    public bool Failed { get; internal set; }

    /// <summary>True once the history reported how the attempt ended.</summary>
    internal bool Closed { get; set; }

    /// <summary>Time waited between the previous attempt's failure and this attempt (the retry delay).</summary>
    public TimeSpan? DelayBefore { get; internal set; }
}
