using System.Text.Json;
using System.Text.Json.Nodes;

namespace StepFlow.Visualization.Definition;

/// <summary>Typed access to JSON object members that reports the JSON path of anything missing or mistyped.</summary>
internal static class JsonFields
{
    public static JsonObject AsObject(JsonNode? node, string path, string what)
    {
        return node as JsonObject ?? throw new VisualizationInputException(path, $"{what} must be a JSON object but is {Describe(node)}");
    }

    public static string RequiredString(JsonObject owner, string name, string ownerPath)
    {
        return OptionalString(owner, name, ownerPath)
            ?? throw new VisualizationInputException(JsonPathText.Property(ownerPath, name), $"required string field '{name}' is missing");
    }

    public static string? OptionalString(JsonObject owner, string name, string ownerPath)
    {
        if (!owner.TryGetPropertyValue(name, out JsonNode? node) || node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return value.GetValue<string>();
        }

        throw new VisualizationInputException(JsonPathText.Property(ownerPath, name), $"field '{name}' must be a string but is {Describe(node)}");
    }

    public static bool IsTrue(JsonObject owner, string name)
    {
        return owner.TryGetPropertyValue(name, out JsonNode? node) && node is JsonValue value && value.GetValueKind() == JsonValueKind.True;
    }

    public static JsonArray? OptionalArray(JsonObject owner, string name, string ownerPath)
    {
        if (!owner.TryGetPropertyValue(name, out JsonNode? node) || node is null)
        {
            return null;
        }

        return node as JsonArray
            ?? throw new VisualizationInputException(JsonPathText.Property(ownerPath, name), $"field '{name}' must be an array but is {Describe(node)}");
    }

    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "a value",
        },
        _ => "a value",
    };
}
