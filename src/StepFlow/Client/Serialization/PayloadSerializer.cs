using System.Text.Json.Nodes;

namespace StepFlow.Client;

/// <summary>
/// Converts one payload type to and from JSON: text for the wire, <see cref="JsonNode"/> for the local engine.
/// Generated clients pick the implementation at build time: a source-generated <c>JsonTypeInfo</c> when the
/// workflow names a <c>JsonSerializerContext</c>, reflection otherwise.
/// </summary>
public abstract class PayloadSerializer<T>
{
    /// <summary>The JSON text of <paramref name="value"/>.</summary>
    public abstract string Serialize(T value);

    /// <summary>Reads <paramref name="json"/>; throws <see cref="System.Text.Json.JsonException"/> when it does not fit <typeparamref name="T"/>.</summary>
    public abstract T Deserialize(string json);

    /// <summary>The JSON tree of <paramref name="value"/>.</summary>
    public abstract JsonNode? ToNode(T value);

    /// <summary>Reads a JSON tree; throws <see cref="System.Text.Json.JsonException"/> when it does not fit <typeparamref name="T"/>.</summary>
    public abstract T FromNode(JsonNode? node);
}
