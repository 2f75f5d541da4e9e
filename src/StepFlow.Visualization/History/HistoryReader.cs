using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StepFlow.Visualization.Definition;

namespace StepFlow.Visualization.History;

/// <summary>
/// Reads a saved GetExecutionHistory response (<c>{"events":[...], "nextToken"?}</c>), a bare array of events, or
/// the output of <c>stepflow run --history</c> (events under <c>"history"</c>).
/// Timestamps may be epoch seconds (the API's wire form) or ISO 8601 text (the AWS CLI's form).
/// </summary>
internal static class HistoryReader
{
    public static List<HistoryEvent> Read(string historyJson)
    {
        ArgumentNullException.ThrowIfNull(historyJson);
        JsonNode? document = DefinitionReader.ParseJson(historyJson);
        (JsonArray events, string path) = document switch
        {
            JsonArray array => (array, "$"),
            JsonObject response when response["events"] is JsonArray array => (array, "$.events"),
            JsonObject runResult when runResult["history"] is JsonArray array => (array, "$.history"),
            JsonObject => throw new VisualizationInputException("$.events", "an execution history needs an 'events' array"),
            _ => throw new VisualizationInputException("$", "an execution history must be an object with 'events' or an array of events"),
        };

        var result = new List<HistoryEvent>(events.Count);
        for (int i = 0; i < events.Count; i++)
        {
            result.Add(ReadEvent(events[i], JsonPathText.Index(path, i)));
        }

        // The API can return newest first (reverseOrder); causal processing needs oldest first.
        result.Sort((a, b) => a.Id.CompareTo(b.Id));
        for (int i = 1; i < result.Count; i++)
        {
            if (result[i].Id == result[i - 1].Id)
            {
                throw new VisualizationInputException(JsonPathText.Property(result[i].Path, "id"), $"event id {result[i].Id} appears twice");
            }
        }

        return result;
    }

    private static HistoryEvent ReadEvent(JsonNode? node, string path)
    {
        JsonObject item = JsonFields.AsObject(node, path, "an event");
        string type = JsonFields.RequiredString(item, "type", path);
        long id = Number(item, "id", path) ?? throw new VisualizationInputException(JsonPathText.Property(path, "id"), "required number field 'id' is missing");
        long? previous = Number(item, "previousEventId", path);
        DateTimeOffset? timestamp = Timestamp(item["timestamp"], JsonPathText.Property(path, "timestamp"));
        JsonObject? details = null;
        string detailsMember = "details";
        foreach ((string key, JsonNode? value) in item)
        {
            if (key.EndsWith("EventDetails", StringComparison.Ordinal) && value is JsonObject found)
            {
                details = found;
                detailsMember = key;
                break;
            }
        }

        return new HistoryEvent(id, previous, type, timestamp, details, path) { DetailsMember = detailsMember };
    }

    private static long? Number(JsonObject item, string name, string path)
    {
        JsonNode? node = item[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out long number))
        {
            return number;
        }

        throw new VisualizationInputException(JsonPathText.Property(path, name), $"field '{name}' must be an integer but is {JsonFields.Describe(node)}");
    }

    private static DateTimeOffset? Timestamp(JsonNode? node, string path)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                double seconds = value.GetValue<double>();
                if (!(Math.Abs(seconds) < 1e11))
                {
                    throw new VisualizationInputException(path, $"{seconds} is not a plausible epoch-seconds timestamp");
                }

                return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                if (DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed))
                {
                    return parsed;
                }

                throw new VisualizationInputException(path, $"'{value.GetValue<string>()}' is not an ISO 8601 timestamp");
            default:
                throw new VisualizationInputException(path, "a timestamp must be epoch seconds or ISO 8601 text");
        }
    }
}
