using System;
using System.Collections.Generic;
using System.Threading;

namespace StepFlow.Jsonata;

/// <summary>Limits and environment for one evaluation. The defaults stop runaway expressions quickly.</summary>
public sealed class JsonataEvaluationOptions
{
    /// <summary>Shared default options.</summary>
    public static JsonataEvaluationOptions Default { get; } = new();

    /// <summary>Maximum nesting of evaluation steps (recursion depth) before failing with <c>U1001</c>. Default 10,000;
    /// the real stack is also checked, so a large value can never crash the process.</summary>
    public int MaxDepth { get; init; } = 10_000;

    /// <summary>Wall-clock budget for one evaluation before failing with <c>U1001</c>. Default 10 seconds;
    /// <see cref="Timeout.InfiniteTimeSpan"/> disables it.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Cancels a running evaluation (reported as <c>U1001</c>).</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Clock for <c>$now()</c> and <c>$millis()</c>; the system clock when null.</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>Extra functions, visible as <c>$name</c> (they shadow built-ins of the same name).</summary>
    public IReadOnlyList<JsonataFunction>? Functions { get; init; }
}
