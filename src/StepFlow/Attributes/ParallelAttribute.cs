using System;

namespace StepFlow;

/// <summary>
/// A Parallel state: runs each branch (a <see cref="BranchAttribute"/> class) on the same input; the result is the
/// array of the branches' outputs, in <see cref="Branches"/> order.
/// </summary>
public sealed class ParallelAttribute : StateAttribute
{
    /// <summary>The branch classes, each marked <see cref="BranchAttribute"/>.</summary>
    public Type[]? Branches { get; set; }

    /// <summary>JSONPath payload template given to every branch.</summary>
    public string? Parameters { get; set; }

    /// <summary>JSONata <c>Arguments</c>.</summary>
    public string? Arguments { get; set; }

    /// <summary>JSONPath <c>ResultSelector</c>.</summary>
    public string? ResultSelector { get; set; }

    /// <summary>JSONPath <c>ResultPath</c>, or null to discard the result.</summary>
    public string? ResultPath { get; set; }
}
