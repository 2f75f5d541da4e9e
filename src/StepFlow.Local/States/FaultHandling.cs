using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.Errors;
using StepFlow.Local.Execution;

namespace StepFlow.Local.States;

/// <summary>The Retry/Catch loop shared by Task, Parallel and Map.</summary>
internal static class FaultHandling
{
    /// <summary>
    /// Runs <paramref name="attempt"/> until it succeeds, a retrier is exhausted or no retrier matches. Returns the
    /// raw result, or a finished <see cref="StateResult"/> when a catcher handled the error. Uncaught errors are
    /// rethrown after <paramref name="onGivingUp"/> runs (used for ParallelStateFailed / MapStateFailed).
    /// </summary>
    public static async ValueTask<(JsonNode? Result, StateResult? Caught)> RunAsync(
        StateVisit visit,
        IReadOnlyList<Retrier> retriers,
        IReadOnlyList<Catcher> catchers,
        Func<StateVisit, ValueTask<JsonNode?>> attempt,
        Action<StatesErrorException>? onGivingUp = null)
    {
        int[]? counts = null;
        while (true)
        {
            StatesErrorException failure;
            try
            {
                var pending = attempt(visit);
                return (pending.IsCompletedSuccessfully ? pending.Result : await pending.ConfigureAwait(true), null);
            }
            catch (StatesErrorException e) when (e.IsCatchable)
            {
                failure = e;
            }

            var retrierIndex = FindRetrier(retriers, failure.Error);
            if (retrierIndex >= 0)
            {
                counts ??= new int[retriers.Count];
                var retrier = retriers[retrierIndex];
                if (counts[retrierIndex] < retrier.MaxAttempts)
                {
                    var delay = retrier.Delay(counts[retrierIndex], visit.Random);
                    counts[retrierIndex]++;
                    await visit.Run.DelayAsync(delay, visit.Scope.Cancellation).ConfigureAwait(true);
                    visit.RetryCount++;
                    continue;
                }
            }

            onGivingUp?.Invoke(failure);
            foreach (var catcher in catchers)
            {
                if (ErrorMatcher.Matches(catcher.ErrorEquals, failure.Error))
                {
                    var errorOutput = new JsonObject { ["Error"] = failure.Error, ["Cause"] = failure.Cause };
                    var output = visit.State.Flow.CatchOutput(visit, catcher, errorOutput, out var assigned);
                    return (null, new StateResult(output, catcher.Next, assigned));
                }
            }

            throw failure;
        }
    }

    private static int FindRetrier(IReadOnlyList<Retrier> retriers, string? error)
    {
        for (var i = 0; i < retriers.Count; i++)
        {
            if (ErrorMatcher.Matches(retriers[i].ErrorEquals, error))
            {
                return i;
            }
        }

        return -1;
    }
}
