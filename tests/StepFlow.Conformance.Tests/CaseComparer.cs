using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StepFlow.Local.Api;
using StepFlow.Local.History;

namespace StepFlow.Conformance.Tests;

/// <summary>Compares an execution with a recording as conformance/README.md prescribes: outputs as JSON values,
/// error names exactly, events where recorded; redaction tokens act as wildcards.</summary>
internal static class CaseComparer
{
    /// <summary>Null when the case passes, otherwise why not.</summary>
    public static string? Compare(ConformanceCase testCase, DescribeExecutionResponse actual, HistoryEvent[] events)
    {
        var expected = testCase.Expected;
        var status = expected["status"]!.GetValue<string>();
        if (actual.Status != status)
        {
            return "status " + actual.Status + " (" + actual.Error + ": " + Shorten(actual.Cause) + ") instead of " + status
                   + (status == "FAILED" ? " (" + expected["error"] + ")" : string.Empty);
        }

        var wildcards = testCase.Placeholders.Count > 0 || testCase.Nondeterministic.Count > 0 || testCase.NeedsServices;
        if (status == "SUCCEEDED")
        {
            var output = JsonNode.Parse(actual.Output ?? "null");
            if (!ValuesMatch(expected["output"], output, wildcards ? Replacements(testCase) : null))
            {
                return "output " + Shorten(actual.Output) + " instead of " + Shorten(expected["output"]?.ToJsonString());
            }
        }
        else if (expected["error"]?.GetValue<string>() != actual.Error)
        {
            return "error '" + actual.Error + "' instead of '" + expected["error"] + "'";
        }

        return testCase.ExpectedEvents is { } recorded ? CompareEvents(testCase, recorded, events) : null;
    }

    private static string? CompareEvents(ConformanceCase testCase, JsonArray recorded, HistoryEvent[] events)
    {
        var interleaved = testCase.Nondeterministic.Contains("branch_event_interleaving");
        var expectedTypes = recorded.Select(e => e!["type"]!.GetValue<string>()).ToList();
        var actualTypes = events.Select(e => e.Type).ToList();
        if (interleaved)
        {
            var a = string.Join(",", actualTypes.OrderBy(t => t, StringComparer.Ordinal));
            var b = string.Join(",", expectedTypes.OrderBy(t => t, StringComparer.Ordinal));
            return a == b ? null : "event types (as a multiset) differ: got [" + string.Join(", ", actualTypes) + "]";
        }

        if (!actualTypes.SequenceEqual(expectedTypes))
        {
            return "event types differ: got [" + string.Join(", ", actualTypes) + "] expected [" + string.Join(", ", expectedTypes) + "]";
        }

        for (var i = 0; i < events.Length; i++)
        {
            var e = recorded[i]!.AsObject();
            var a = events[i];
            if (e["id"]!.GetValue<long>() != a.Id || e["previousEventId"]!.GetValue<long>() != a.PreviousEventId)
            {
                return "event " + (i + 1) + " (" + a.Type + ") has id/previousEventId " + a.Id + "/" + a.PreviousEventId + " instead of " + e["id"] + "/" + e["previousEventId"];
            }

            if (e["name"] is { } name && name.GetValue<string>() != a.Details?.Name)
            {
                return "event " + (i + 1) + " (" + a.Type + ") names '" + a.Details?.Name + "' instead of '" + name + "'";
            }
        }

        return null;
    }

    /// <summary>Tokens the recording substituted for test-generated values: they match anything.</summary>
    private static IReadOnlyList<string> Replacements(ConformanceCase testCase) =>
        testCase.Meta["snapshot_replacements"] is JsonArray tokens ? tokens.Select(t => t!.ToString()).ToList() : new List<string>();

    /// <param name="wildcards">Null for an exact comparison; otherwise replacement tokens that match anything.</param>
    public static bool ValuesMatch(JsonNode? expected, JsonNode? actual, IReadOnlyList<string>? wildcards)
    {
        switch (expected)
        {
            case null:
                return actual is null;
            case JsonObject eo:
                if (actual is not JsonObject ao || ao.Count != eo.Count)
                {
                    return false;
                }

                foreach (var pair in eo)
                {
                    if (!ao.TryGetPropertyValue(pair.Key, out var value) || !ValuesMatch(pair.Value, value, wildcards))
                    {
                        return false;
                    }
                }

                return true;
            case JsonArray ea:
                if (actual is not JsonArray aa || aa.Count != ea.Count)
                {
                    return false;
                }

                for (var i = 0; i < ea.Count; i++)
                {
                    if (!ValuesMatch(ea[i], aa[i], wildcards))
                    {
                        return false;
                    }
                }

                return true;
            default:
                if (actual is null)
                {
                    return false;
                }

                var kind = expected.GetValueKind();
                if (kind == JsonValueKind.String && wildcards is not null)
                {
                    return StringMatches(expected.GetValue<string>(), actual, wildcards);
                }

                if (kind == JsonValueKind.Number && actual.GetValueKind() == JsonValueKind.Number)
                {
                    return expected.GetValue<double>() == actual.GetValue<double>();
                }

                return JsonNode.DeepEquals(expected, actual);
        }
    }

    private static bool StringMatches(string expected, JsonNode actual, IReadOnlyList<string> replacements)
    {
        if (actual.GetValueKind() != JsonValueKind.String)
        {
            // Redactions replaced whole values (e.g. a timestamp number became "timestamp").
            return expected is "date" or "timestamp" or "RandomNumberGenerated" || expected.StartsWith('<') || replacements.Contains(expected);
        }

        var text = actual.GetValue<string>();
        if (expected == text || expected is "date" or "timestamp")
        {
            return true;
        }

        var escaped = Regex.Escape(expected);
        foreach (var token in replacements.Where(t => t.Length > 0))
        {
            escaped = escaped.Replace(Regex.Escape(token), "<>", StringComparison.Ordinal);
        }

        var pattern = "^" + Regex.Replace(escaped, @"<[^>]*>|111111111111|snf_role_arn|sfn_role_arn|generated-uuid|RandomNumberGenerated|\bdate\b", ".*") + "$";
        return Regex.IsMatch(text, pattern, RegexOptions.Singleline);
    }

    private static string Shorten(string? text) => text is null ? "null" : text.Length <= 160 ? text : text.Substring(0, 160) + "…";
}
