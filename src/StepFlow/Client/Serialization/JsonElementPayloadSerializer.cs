using System.Text.Json;
using System.Text.Json.Nodes;

namespace StepFlow.Client;

/// <summary>
/// The payload of a workflow whose input or output type StepFlow could not infer: raw JSON, no reflection.
/// </summary>
public sealed class JsonElementPayloadSerializer : PayloadSerializer<JsonElement>
{
    public static JsonElementPayloadSerializer Instance { get; } = new();

    public override string Serialize(JsonElement value) => value.ValueKind == JsonValueKind.Undefined ? "null" : value.GetRawText();

    public override JsonElement Deserialize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public override JsonNode? ToNode(JsonElement value) => value.ValueKind == JsonValueKind.Undefined ? null : JsonNode.Parse(value.GetRawText());

    public override JsonElement FromNode(JsonNode? node) => Deserialize(node is null ? "null" : node.ToJsonString());
}
