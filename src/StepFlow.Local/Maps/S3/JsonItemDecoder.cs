using System.Text.Json;
using System.Text.Json.Nodes;
using StepFlow.Local.Json;

namespace StepFlow.Local.Maps.S3;

/// <summary>Decodes JSON (one array of items) and JSON Lines (one item per line) objects.</summary>
internal static class JsonItemDecoder
{
    public static JsonArray DecodeJson(string text, string key) =>
        Parse(text, key) as JsonArray ?? throw ItemReaderErrors.Failed("Attempting to map over non-iterable node.");

    public static JsonObject? DecodeJsonObject(string text, string key) => Parse(text, key) as JsonObject;

    private static JsonNode? Parse(string text, string key)
    {
        try
        {
            return JsonNodes.Parse(text);
        }
        catch (JsonException e)
        {
            throw ItemReaderErrors.Failed("The object '" + key + "' is not valid JSON: " + e.Message);
        }
    }

    public static JsonArray DecodeJsonLines(string text, string key)
    {
        var items = new JsonArray();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                items.Add(JsonNodes.Parse(line));
            }
            catch (JsonException e)
            {
                throw ItemReaderErrors.Failed("Line " + (i + 1) + " of the object '" + key + "' is not valid JSON: " + e.Message);
            }
        }

        return items;
    }
}
