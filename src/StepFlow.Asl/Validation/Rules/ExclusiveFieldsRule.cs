using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>Fields that exclude each other (a value and its *Path, Error and ErrorPath, ...), and Wait's one-of-four.</summary>
public sealed class ExclusiveFieldsRule : IAslRule
{
    public static readonly AslRuleDescriptor Both = new(
        "SF3009",
        "Mutually exclusive fields",
        "State '{0}' sets both '{1}' and '{2}': keep one",
        AslSeverity.Error,
        "StepFlow.Structure");

    public static readonly AslRuleDescriptor WaitDuration = new(
        "SF3010",
        "Wait needs exactly one duration",
        "Wait state '{0}' {1}: set exactly one of Seconds, SecondsPath, Timestamp or TimestampPath",
        AslSeverity.Error,
        "StepFlow.Structure");

    private static readonly string[][] Pairs =
    {
        new[] { "TimeoutSeconds", "TimeoutSecondsPath" },
        new[] { "HeartbeatSeconds", "HeartbeatSecondsPath" },
        new[] { "Error", "ErrorPath" },
        new[] { "Cause", "CausePath" },
        new[] { "MaxConcurrency", "MaxConcurrencyPath" },
        new[] { "ToleratedFailurePercentage", "ToleratedFailurePercentagePath" },
        new[] { "ToleratedFailureCount", "ToleratedFailureCountPath" },
        new[] { "ItemProcessor", "Iterator" },
        new[] { "ItemSelector", "Parameters" },
        new[] { "Items", "ItemsPath" },
    };

    private static readonly string[] WaitFields = { "Seconds", "SecondsPath", "Timestamp", "TimestampPath" };

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { Both, WaitDuration };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            foreach (var pair in Pairs)
            {
                if (state.Body.Contains(pair[0]) && state.Body[pair[1]] is { } second)
                {
                    context.Report(Both, second, Placeholders.Append(state.Path, pair[1]), state.Name, pair[0], pair[1]);
                }
            }

            if (state.Type == "Wait")
            {
                CheckWait(context, state);
            }
        }
    }

    private static void CheckWait(AslValidationContext context, StateNode state)
    {
        var set = new List<string>();
        AslValue? last = null;
        foreach (var field in WaitFields)
        {
            if (state.Body[field] is { } value)
            {
                set.Add(field);
                last = value;
            }
        }

        if (set.Count == 0)
        {
            context.Report(WaitDuration, state.Body, state.Path, state.Name, "sets no duration");
        }
        else if (set.Count > 1)
        {
            context.Report(WaitDuration, last, state.Path, state.Name, "sets " + string.Join(" and ", set));
        }
    }
}
