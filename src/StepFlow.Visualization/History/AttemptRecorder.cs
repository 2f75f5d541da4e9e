using System;

namespace StepFlow.Visualization.History;

/// <summary>Opens and closes the attempts of a state run as the task, branch or iteration events arrive.</summary>
internal static class AttemptRecorder
{
    /// <summary>A new attempt; after a failed one, the time between them is the retry delay.</summary>
    public static Attempt Start(StateRun run, HistoryEvent e)
    {
        var attempt = new Attempt { Started = e.Timestamp };
        if (run.Attempts.Count > 0 && run.Attempts[^1] is { Failed: true, Ended: DateTimeOffset failedAt } && e.Timestamp is DateTimeOffset now)
        {
            attempt.DelayBefore = now - failedAt;
        }

        run.Attempts.Add(attempt);
        return attempt;
    }

    /// <summary>The attempt still in progress, or a new one when the history reports an outcome without a start.</summary>
    public static Attempt Current(StateRun run, HistoryEvent e) =>
        run.Attempts.Count > 0 && !run.Attempts[^1].Closed ? run.Attempts[^1] : Start(run, e);

    public static void Succeed(Attempt attempt, DateTimeOffset? at)
    {
        attempt.Closed = true;
        attempt.Ended = at;
    }

    public static void Fail(Attempt attempt, DateTimeOffset? at, string? error, string? cause)
    {
        attempt.Failed = true;
        attempt.Closed = true;
        attempt.Ended = at;
        attempt.Error = error;
        attempt.Cause = cause;
    }
}
