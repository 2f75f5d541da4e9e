using System;

namespace StepFlow;

/// <summary>
/// A catcher on a Task, Parallel or Map state: after retries are exhausted, the first catcher whose
/// <c>ErrorEquals</c> matches sends the machine to <see cref="Next"/> with the error output.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class CatchAttribute : Attribute
{
    /// <param name="errorEquals">Error names this catcher handles ("States.ALL" alone and last).</param>
    public CatchAttribute(params string[] errorEquals) => ErrorEquals = errorEquals;

    public string[] ErrorEquals { get; }

    /// <summary>The state to go to: <c>nameof(Member)</c> or a state name.</summary>
    public string? Next { get; set; }

    /// <summary>Where the error output goes in the input (JSONPath), or null to discard it.</summary>
    public string? ResultPath { get; set; }

    /// <summary>JSONata <c>Output</c> of the catcher.</summary>
    public string? Output { get; set; }

    /// <summary>Variables to set when caught (JSON object text).</summary>
    public string? Assign { get; set; }

    /// <summary>The catcher's <c>Comment</c>.</summary>
    public string? Comment { get; set; }
}
