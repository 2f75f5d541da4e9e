using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StepFlow.Jsonata.Tests.Conformance;

/// <summary>The suite's equality rules: numbers as doubles, ordinal strings, key order ignored, arrays ordered.</summary>
internal static class JsonComparer
{
    public static bool DeepEquals(JsonNode? expected, JsonNode? actual)
    {
        switch (expected)
        {
            case null:
                return actual is null;
            case JsonObject eo:
            {
                if (actual is not JsonObject ao || ao.Count != eo.Count) return false;
                foreach (var pair in eo)
                {
                    if (!ao.TryGetPropertyValue(pair.Key, out JsonNode? other) || !DeepEquals(pair.Value, other)) return false;
                }
                return true;
            }
            case JsonArray ea:
            {
                if (actual is not JsonArray aa || aa.Count != ea.Count) return false;
                for (int i = 0; i < ea.Count; i++)
                {
                    if (!DeepEquals(ea[i], aa[i])) return false;
                }
                return true;
            }
            default:
            {
                if (actual is not JsonValue av) return false;
                var ev = (JsonValue)expected;
                JsonValueKind kind = ev.GetValueKind();
                if (kind != av.GetValueKind()) return false;
                return kind switch
                {
                    JsonValueKind.Number => ev.GetValue<double>() == ToDouble(av),
                    JsonValueKind.String => ev.GetValue<string>() == av.GetValue<string>(),
                    _ => true,
                };
            }
        }
    }

    private static double ToDouble(JsonValue value)
    {
        if (value.TryGetValue(out double d)) return d;
        if (value.TryGetValue(out long l)) return l;
        return double.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Multiset comparison of two arrays (each expected element matched to a distinct actual one).</summary>
    public static bool UnorderedEquals(JsonArray expected, JsonArray actual)
    {
        if (expected.Count != actual.Count) return false;
        var used = new HashSet<int>();
        foreach (JsonNode? e in expected)
        {
            bool found = false;
            for (int i = 0; i < actual.Count; i++)
            {
                if (used.Contains(i) || !DeepEquals(e, actual[i])) continue;
                used.Add(i);
                found = true;
                break;
            }
            if (!found) return false;
        }
        return true;
    }
}
