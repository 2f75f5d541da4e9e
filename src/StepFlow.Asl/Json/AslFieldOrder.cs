using System;
using System.Collections.Generic;

namespace StepFlow.Asl.Json;

/// <summary>
/// The fixed order in which StepFlow writes the members of machines, states, retriers and catchers: what a state is
/// first (Type, Resource, its type-specific fields), then how data flows through it in evaluation order
/// (InputPath, Parameters, ResultSelector, ResultPath, OutputPath; Arguments, Output, Assign), then error
/// handling, then where it goes.
/// </summary>
public static class AslFieldOrder
{
    private static readonly string[] Order =
    {
        // Machine level.
        "Comment", "QueryLanguage", "StartAt", "Version",
        // Retriers and catchers open with what they match.
        "ErrorEquals",
        // What the state is.
        "Type", "Resource", "Credentials",
        // Choice
        "Choices", "Default",
        // Wait
        "Seconds", "SecondsPath", "Timestamp", "TimestampPath",
        // Parallel / Map structure
        "Branches", "ItemProcessor", "Iterator", "ProcessorConfig", "ItemReader", "ItemsPath", "Items", "ItemSelector",
        "ItemBatcher", "ResultWriter", "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailurePercentage",
        "ToleratedFailurePercentagePath", "ToleratedFailureCount", "ToleratedFailureCountPath", "Label",
        // Pass / Fail payloads
        "Result", "Error", "ErrorPath", "Cause", "CausePath",
        // Data flow, in evaluation order.
        "InputPath", "Parameters", "Arguments", "ResultSelector", "ResultPath", "OutputPath", "Output", "Assign",
        // Limits
        "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath",
        // Error handling
        "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy",
        "Retry", "Catch",
        // Where it goes
        "Next", "End",
        // Machine level, last: the states themselves.
        "States",
    };

    private static readonly Dictionary<string, int> Ranks = CreateRanks();

    /// <summary>The position of a member name; unknown names sort after every known one.</summary>
    public static int Rank(string name) => Ranks.TryGetValue(name, out var rank) ? rank : int.MaxValue;

    private static Dictionary<string, int> CreateRanks()
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Order.Length; i++)
        {
            ranks[Order[i]] = i;
        }

        return ranks;
    }
}
