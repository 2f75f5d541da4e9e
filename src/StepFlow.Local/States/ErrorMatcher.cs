using System;
using System.Collections.Generic;
using StepFlow.Local.Errors;

namespace StepFlow.Local.States;

/// <summary>Decides whether an <c>ErrorEquals</c> list covers an error (asl-reference §5, Appendix A #5/#6).</summary>
internal static class ErrorMatcher
{
    public static bool Matches(IReadOnlyList<string> errorEquals, string? error)
    {
        foreach (var name in errorEquals)
        {
            if (name == StatesErrorNames.All)
            {
                return true;
            }

            if (error is null)
            {
                continue;
            }

            if (string.Equals(name, error, StringComparison.Ordinal))
            {
                return true;
            }

            // AWS documents States.TaskFailed as matching every error except a timeout.
            if (name == StatesErrorNames.TaskFailed && error != StatesErrorNames.Timeout)
            {
                return true;
            }

            // Heartbeat expiry is reported as States.Timeout, yet retriers may name States.HeartbeatTimeout.
            if (name == StatesErrorNames.HeartbeatTimeout && error == StatesErrorNames.Timeout)
            {
                return true;
            }
        }

        return false;
    }
}
