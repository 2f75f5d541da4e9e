using System.Collections.Generic;

namespace StepFlow.Asl.Validation;

/// <summary>
/// Which fields each state type accepts (the union over both query languages, ASL reference §2.1), and which
/// fields belong to only one language. AWS rejects anything else with "Field '…' is not supported".
/// </summary>
public static class StateFields
{
    public static readonly IReadOnlyList<string> Types = new[] { "Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map" };

    private static readonly string[] Common = { "Type", "Comment", "QueryLanguage" };

    private static readonly Dictionary<string, HashSet<string>> Allowed = new()
    {
        ["Task"] = Set("Resource", "Next", "End", "InputPath", "OutputPath", "Parameters", "ResultSelector", "ResultPath", "Retry", "Catch",
            "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath", "Credentials", "Assign", "Arguments", "Output"),
        ["Pass"] = Set("Next", "End", "InputPath", "OutputPath", "Parameters", "ResultPath", "Result", "Assign", "Output"),
        ["Choice"] = Set("Choices", "Default", "InputPath", "OutputPath", "Assign", "Output"),
        ["Wait"] = Set("Next", "End", "InputPath", "OutputPath", "Seconds", "SecondsPath", "Timestamp", "TimestampPath", "Assign", "Output"),
        ["Succeed"] = Set("InputPath", "OutputPath", "Output"),
        ["Fail"] = Set("Error", "ErrorPath", "Cause", "CausePath"),
        ["Parallel"] = Set("Branches", "Next", "End", "InputPath", "OutputPath", "Parameters", "ResultSelector", "ResultPath", "Retry", "Catch",
            "Assign", "Arguments", "Output"),
        ["Map"] = Set("ItemProcessor", "Iterator", "ItemsPath", "Items", "ItemSelector", "Parameters", "MaxConcurrency", "MaxConcurrencyPath",
            "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "ToleratedFailureCount", "ToleratedFailureCountPath",
            "ItemReader", "ItemBatcher", "ResultWriter", "Label", "Next", "End", "InputPath", "OutputPath", "ResultSelector", "ResultPath",
            "Retry", "Catch", "Assign", "Output"),
    };

    /// <summary>Fields JSONata states reject (they are evaluated as JSONPath).</summary>
    public static readonly HashSet<string> JsonPathOnly = Set(
        "InputPath", "OutputPath", "Parameters", "ResultSelector", "ResultPath", "TimeoutSecondsPath", "HeartbeatSecondsPath",
        "SecondsPath", "TimestampPath", "ErrorPath", "CausePath", "Result", "ItemsPath", "MaxConcurrencyPath",
        "ToleratedFailurePercentagePath", "ToleratedFailureCountPath");

    /// <summary>Fields JSONPath states reject.</summary>
    public static readonly HashSet<string> JsonataOnly = Set("Arguments", "Output", "Items");

    public static bool IsKnownType(string type) => Allowed.ContainsKey(type);

    public static bool IsAllowed(string type, string field)
        => System.Array.IndexOf(Common, field) >= 0 || (Allowed.TryGetValue(type, out var fields) && fields.Contains(field));

    public static IEnumerable<string> AllowedFor(string type)
    {
        foreach (var field in Common)
        {
            yield return field;
        }

        if (Allowed.TryGetValue(type, out var fields))
        {
            foreach (var field in fields)
            {
                yield return field;
            }
        }
    }

    private static HashSet<string> Set(params string[] names) => new(names, System.StringComparer.Ordinal);
}
