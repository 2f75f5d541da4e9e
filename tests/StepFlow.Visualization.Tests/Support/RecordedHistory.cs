using System.Text.Json.Nodes;

namespace StepFlow.Visualization.Tests.Support;

/// <summary>
/// Turns the conformance suite's flattened event lists (id, previousEventId, type, and the detail fields beside
/// them) back into AWS GetExecutionHistory shape, each detail field under its <c>…EventDetails</c> member.
/// </summary>
internal static class RecordedHistory
{
    public static JsonObject ToAwsShape(JsonArray flattened)
    {
        var events = new JsonArray();
        foreach (JsonNode? node in flattened)
        {
            var flat = (JsonObject)node!;
            string type = flat["type"]!.GetValue<string>();
            var aws = new JsonObject { ["id"] = flat["id"]!.DeepClone(), ["previousEventId"] = flat["previousEventId"]!.DeepClone(), ["type"] = type };
            var details = new JsonObject();
            foreach ((string key, JsonNode? value) in flat)
            {
                if (key is not ("id" or "previousEventId" or "type"))
                {
                    details[key] = value?.DeepClone();
                }
            }

            if (details.Count > 0)
            {
                aws[DetailsMember(type)] = details;
            }

            events.Add(aws);
        }

        return new JsonObject { ["events"] = events };
    }

    private static string DetailsMember(string type)
    {
        if (type.EndsWith("StateEntered", System.StringComparison.Ordinal))
        {
            return "stateEnteredEventDetails";
        }

        if (type.EndsWith("StateExited", System.StringComparison.Ordinal))
        {
            return "stateExitedEventDetails";
        }

        return char.ToLowerInvariant(type[0]) + type[1..] + "EventDetails";
    }
}
