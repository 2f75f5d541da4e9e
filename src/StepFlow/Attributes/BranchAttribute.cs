using System;

namespace StepFlow;

/// <summary>
/// Marks a class whose state members form one branch of a <see cref="ParallelAttribute"/> state. A branch is a
/// workflow of its own: transitions stay inside it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class BranchAttribute : Attribute
{
    /// <summary>The branch's <c>Comment</c>.</summary>
    public string? Comment { get; set; }

    /// <summary>The branch's <c>QueryLanguage</c> (states default to the machine's, not to the Parallel state's).</summary>
    public QueryLanguage QueryLanguage { get; set; }
}
