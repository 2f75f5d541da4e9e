using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace StepFlow.Validation.Tests.Support;

/// <summary>
/// One way to break a definition: applied to one state of a deep copy, it returns false when it does not apply
/// there. <see cref="Expected"/> lists the rule ids that name the fault it plants (any one is the right rule).
/// </summary>
public sealed record Mutation(string Name, string[] Expected, Func<StateSite, bool> Apply);

/// <summary>The mutation operators the detection test applies to every state of the real-world corpus.</summary>
public static class Mutations
{
    private const string Missing = "NoSuchState";

    public static IReadOnlyList<Mutation> All { get; } = new Mutation[]
    {
        new("delete a state something goes to", new[] { "SF2001", "SF2004" }, site =>
        {
            if (!IsTargeted(site))
            {
                return false;
            }

            site.States.Remove(site.Name);
            return site.States.Count > 0;
        }),
        new("retarget Next to a missing state", new[] { "SF2001" }, site => Replace(site.State, "Next", Missing)),
        new("retarget Default to a missing state", new[] { "SF2001" }, site => Replace(site.State, "Default", Missing)),
        new("retarget a catcher", new[] { "SF2001" }, site => site.State["Catch"] is JsonArray { Count: > 0 } c && c[0] is JsonObject first && Replace(first, "Next", Missing)),
        new("StartAt a missing state", new[] { "SF2004" }, site => site.Scope["StartAt"] is not null && site.States.First().Key == site.Name && Replace(site.Scope, "StartAt", Missing)),
        new("drop End", new[] { "SF3001" }, site => site.State["End"] is JsonValue end && end.GetValue<bool>() && site.State.Remove("End")),
        new("add End next to Next", new[] { "SF3002" }, site => site.State["Next"] is not null && Add(site.State, "End", true)),
        new("add Next to a terminal state", new[] { "SF3003" }, site => Type(site) is "Succeed" or "Fail" && Add(site.State, "Next", site.Name)),
        new("lower-case the Type", new[] { "SF3004" }, site => Type(site) is { } type && Replace(site.State, "Type", type.ToLowerInvariant())),
        new("add Result to a Task", new[] { "SF3005", "SF3006" }, site => Type(site) == "Task" && Add(site.State, "Result", new JsonObject())),
        new("add Retry to a Pass, Wait or Choice", new[] { "SF3005" }, site => Type(site) is "Pass" or "Wait" or "Choice" && Add(site.State, "Retry", new JsonArray())),
        new("add TimeoutSeconds to a non-Task", new[] { "SF3005" }, site => Type(site) is "Pass" or "Wait" or "Choice" or "Succeed" && Add(site.State, "TimeoutSeconds", 30)),
        new("add InputPath to a JSONata state", new[] { "SF3006", "SF3005" }, site => site.IsJsonata && Type(site) != "Fail" && Add(site.State, "InputPath", "$.x")),
        new("add Output to a JSONPath state", new[] { "SF3007", "SF3005" }, site => !site.IsJsonata && Type(site) is "Task" or "Pass" && Add(site.State, "Output", "{% $states.input %}")),
        new("heartbeat not below timeout", new[] { "SF3012" }, site => Type(site) == "Task" && site.State["TimeoutSecondsPath"] is null && site.State["HeartbeatSecondsPath"] is null
            && Set(site.State, "TimeoutSeconds", 60) && Set(site.State, "HeartbeatSeconds", 60)),
        new("Wait with two durations", new[] { "SF3010" }, site => Type(site) == "Wait" && site.State["SecondsPath"] is null && Add(site.State, "SecondsPath", "$.wait")),
        new("remove the Choices", new[] { "SF3014" }, site => Type(site) == "Choice" && site.State.Remove("Choices")),
        new("States.ALL retrier first", new[] { "SF4002" }, site => site.State["Retry"] is JsonArray { Count: > 0 } retry && Insert(retry, new JsonObject { ["ErrorEquals"] = new JsonArray("States.ALL") })),
        new("empty ErrorEquals", new[] { "SF4001" }, site => site.State["Catch"] is JsonArray { Count: > 0 } c && c[0] is JsonObject first && Set(first, "ErrorEquals", new JsonArray())),
        new("negative MaxAttempts", new[] { "SF4005" }, site => site.State["Retry"] is JsonArray { Count: > 0 } r && r[0] is JsonObject first && Set(first, "MaxAttempts", -1)),
        new("BackoffRate below 1", new[] { "SF4005" }, site => site.State["Retry"] is JsonArray { Count: > 0 } r && r[0] is JsonObject first && Set(first, "BackoffRate", 0.5)),
        new("catcher without Next", new[] { "SF4007" }, site => site.State["Catch"] is JsonArray { Count: > 0 } c && c[0] is JsonObject first && first.Remove("Next")),
        new("InputPath without $", new[] { "SF5001" }, site => !site.IsJsonata && Type(site) != "Fail" && Set(site.State, "InputPath", "input.items")),
        new("wildcard ResultPath", new[] { "SF5002" }, site => !site.IsJsonata && Type(site) is "Task" or "Pass" && Set(site.State, "ResultPath", "$.results[*]")),
        new(".$ value that is not a path", new[] { "SF5003" }, site => !site.IsJsonata && BreakDollarValue(site.State)),
        new("misspelt intrinsic", new[] { "SF5004" }, site => !site.IsJsonata && RenameIntrinsic(site.State)),
        new("inline Map with an ItemReader", new[] { "SF7001" }, site => Type(site) == "Map" && !IsDistributed(site.State) && Add(site.State, "ItemReader", new JsonObject { ["Resource"] = "arn:aws:states:::s3:getObject" })),
    };

    private static string? Type(StateSite site) => site.State["Type"] is JsonValue type ? (string?)type : null;

    private static bool IsTargeted(StateSite site)
    {
        foreach (var (_, node) in site.States)
        {
            if (node is JsonObject other && !ReferenceEquals(other, site.State) && Targets(other).Contains(site.Name))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Targets(JsonObject state)
    {
        if (state["Next"] is JsonValue next)
        {
            yield return (string)next!;
        }

        if (state["Default"] is JsonValue fallback)
        {
            yield return (string)fallback!;
        }

        foreach (var field in new[] { "Choices", "Catch" })
        {
            if (state[field] is JsonArray items)
            {
                foreach (var item in items)
                {
                    if (item?["Next"] is JsonValue target)
                    {
                        yield return (string)target!;
                    }
                }
            }
        }
    }

    private static bool IsDistributed(JsonObject state)
        => (string?)(state["ItemProcessor"]?["ProcessorConfig"]?["Mode"] as JsonValue) == "DISTRIBUTED";

    private static bool Replace(JsonObject owner, string field, JsonNode value)
    {
        if (owner[field] is null)
        {
            return false;
        }

        owner[field] = value;
        return true;
    }

    private static bool Add(JsonObject owner, string field, JsonNode value)
    {
        if (owner.ContainsKey(field))
        {
            return false;
        }

        owner[field] = value;
        return true;
    }

    private static bool Set(JsonObject owner, string field, JsonNode value)
    {
        owner[field] = value;
        return true;
    }

    private static bool Insert(JsonArray array, JsonNode value)
    {
        array.Insert(0, value);
        return true;
    }

    private static bool BreakDollarValue(JsonObject state)
    {
        foreach (var field in new[] { "Parameters", "ResultSelector", "ItemSelector" })
        {
            if (state[field] is JsonObject template && FirstDollarKey(template) is { } owner)
            {
                owner.Item1[owner.Item2] = "not a path";
                return true;
            }
        }

        return false;
    }

    private static (JsonObject, string)? FirstDollarKey(JsonObject template)
    {
        foreach (var (key, value) in template)
        {
            if (key.EndsWith(".$", StringComparison.Ordinal) && value is JsonValue)
            {
                return (template, key);
            }

            if (value is JsonObject nested && FirstDollarKey(nested) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static bool RenameIntrinsic(JsonObject state)
    {
        foreach (var field in new[] { "Parameters", "ResultSelector", "ItemSelector" })
        {
            if (state[field] is JsonObject template && RenameIn(template))
            {
                return true;
            }
        }

        return false;
    }

    private static bool RenameIn(JsonObject template)
    {
        foreach (var (key, value) in template.ToList())
        {
            if (key.EndsWith(".$", StringComparison.Ordinal) && value is JsonValue v && (string?)v is { } text && text.StartsWith("States.", StringComparison.Ordinal))
            {
                template[key] = "States.Nope" + text.Substring(text.IndexOf('('));
                return true;
            }

            if (value is JsonObject nested && RenameIn(nested))
            {
                return true;
            }
        }

        return false;
    }
}
