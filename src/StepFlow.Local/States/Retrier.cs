using System;
using System.Collections.Generic;

namespace StepFlow.Local.States;

/// <summary>One entry of <c>Retry</c> (asl-reference §5.2).</summary>
internal sealed class Retrier
{
    public required IReadOnlyList<string> ErrorEquals { get; init; }

    public int IntervalSeconds { get; init; } = 1;

    public int MaxAttempts { get; init; } = 3;

    public double BackoffRate { get; init; } = 2.0;

    public int? MaxDelaySeconds { get; init; }

    public bool FullJitter { get; init; }

    /// <summary>The wait before retry number <paramref name="attempt"/> (0 = first retry).</summary>
    public TimeSpan Delay(int attempt, Random random)
    {
        var seconds = IntervalSeconds * Math.Pow(BackoffRate, attempt);
        if (MaxDelaySeconds is { } max && seconds > max)
        {
            seconds = max;
        }

        if (FullJitter)
        {
            seconds = random.NextDouble() * seconds;
        }

        return TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
    }
}
