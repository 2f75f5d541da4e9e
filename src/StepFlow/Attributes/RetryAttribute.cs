using System;

namespace StepFlow;

/// <summary>
/// A retrier on a Task, Parallel or Map state; several are tried in declaration order, the first whose
/// <c>ErrorEquals</c> matches wins. Delays: IntervalSeconds × BackoffRate^(attempt−1), capped by MaxDelaySeconds.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class RetryAttribute : Attribute
{
    /// <param name="errorEquals">Error names this retrier handles (e.g. "States.TaskFailed"; "States.ALL" alone and last).</param>
    public RetryAttribute(params string[] errorEquals) => ErrorEquals = errorEquals;

    public string[] ErrorEquals { get; }

    /// <summary>Seconds before the first retry (ASL default 1).</summary>
    public int IntervalSeconds { get; set; }

    /// <summary>Retries at most (ASL default 3; 0 = never retry).</summary>
    public int MaxAttempts { get; set; }

    /// <summary>Multiplier of the delay per attempt (ASL default 2.0, at least 1.0).</summary>
    public double BackoffRate { get; set; }

    /// <summary>Upper bound of any one delay.</summary>
    public int MaxDelaySeconds { get; set; }

    /// <summary>FULL jitter spreads retries; NONE (default) keeps the exact sequence.</summary>
    public JitterStrategy JitterStrategy { get; set; }

    /// <summary>The retrier's <c>Comment</c>.</summary>
    public string? Comment { get; set; }
}
