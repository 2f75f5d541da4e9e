using System.Text.Json;
using System.Text.Json.Nodes;

namespace StepFlow.Jsonata.Runtime;

/// <summary>Converts between <see cref="JsonNode"/> trees and evaluator values at the API boundary.</summary>
internal static class JsonConversion
{
    public static object FromNode(JsonNode? node)
    {
        StackGuard.Check();
        switch (node)
        {
            case null:
                return JNull.Value;
            case JsonObject obj:
            {
                var result = new JObject(obj.Count);
                // Shared keys let lookups by the (also shared) names in expressions match by reference.
                foreach (var pair in obj) result[KeyPool.Share(pair.Key)] = FromNode(pair.Value);
                return result;
            }
            case JsonArray array:
            {
                var result = new JList(array.Count);
                foreach (JsonNode? item in array) result.Add(FromNode(item));
                return result;
            }
            default:
                return FromValue((JsonValue)node);
        }
    }

    private static object FromValue(JsonValue value)
    {
        // Parsed documents hold JsonElement-backed values: read them directly.
        if (value.TryGetValue(out JsonElement element))
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String: return element.GetString()!;
                case JsonValueKind.Number:
                    return element.TryGetDouble(out double number)
                        ? number
                        : double.Parse(element.GetRawText(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
                case JsonValueKind.True: return Values.True;
                case JsonValueKind.False: return Values.False;
                case JsonValueKind.Null: return JNull.Value;
            }
        }
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                return value.GetValue<string>();
            case JsonValueKind.True:
                return Values.True;
            case JsonValueKind.False:
                return Values.False;
            case JsonValueKind.Number:
                if (value.TryGetValue(out double d)) return d;
                if (value.TryGetValue(out long l)) return (double)l;
                if (value.TryGetValue(out int i)) return (double)i;
                if (value.TryGetValue(out decimal m)) return (double)m;
                if (value.TryGetValue(out float f)) return (double)f;
                if (value.TryGetValue(out ulong u)) return (double)u;
                return double.Parse(value.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);
            default:
                return JNull.Value;
        }
    }

    /// <summary>Builds a fresh node tree; undefined members and functions are dropped, as JSON.stringify does.</summary>
    public static JsonNode? ToNode(object? value)
    {
        StackGuard.Check();
        switch (value)
        {
            case null:
            case JNull:
            case FunctionValue:
                return null;
            case string s:
                return JsonValue.Create(s);
            case double d:
                // JSONata numbers are doubles; a whole number still serializes without a fraction ("3").
                return double.IsNaN(d) || double.IsInfinity(d) ? null : JsonValue.Create(d);
            case bool b:
                return JsonValue.Create(b);
            case JList list:
            {
                if (list.OuterWrapper && list.Count == 1) return ToNode(list[0]);
                var array = new JsonArray();
                foreach (object? item in list)
                {
                    if (item is null || item is FunctionValue) continue;
                    array.Add(ToNode(item));
                }
                return array;
            }
            case JObject obj:
            {
                var result = new JsonObject();
                foreach (var pair in obj)
                {
                    if (pair.Value is null || pair.Value is FunctionValue) continue;
                    result[pair.Key] = ToNode(pair.Value);
                }
                return result;
            }
            default:
                return null;
        }
    }
}
