using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace StepFlow.Client;

/// <summary>Serializes with source-generated metadata: no reflection, trimming and Native AOT safe.</summary>
public sealed class TypeInfoPayloadSerializer<T> : PayloadSerializer<T>
{
    private readonly JsonTypeInfo<T> _typeInfo;

    public TypeInfoPayloadSerializer(JsonTypeInfo<T> typeInfo) => _typeInfo = typeInfo ?? throw new ArgumentNullException(nameof(typeInfo));

    /// <summary>
    /// Takes <typeparamref name="T"/>'s metadata from <paramref name="context"/>; a context that does not know the
    /// type is a setup mistake, reported with the attribute that fixes it.
    /// </summary>
    public static TypeInfoPayloadSerializer<T> FromContext(JsonSerializerContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        if (context.GetTypeInfo(typeof(T)) is JsonTypeInfo<T> typeInfo)
        {
            return new TypeInfoPayloadSerializer<T>(typeInfo);
        }

        throw new InvalidOperationException(
            "The JsonSerializerContext '" + context.GetType().FullName + "' has no metadata for '" + typeof(T).FullName
            + "'; add [JsonSerializable(typeof(" + typeof(T).Name + "))] to it.");
    }

    public override string Serialize(T value) => JsonSerializer.Serialize(value, _typeInfo);

    public override T Deserialize(string json) => JsonSerializer.Deserialize(json, _typeInfo)!;

    public override JsonNode? ToNode(T value) => JsonSerializer.SerializeToNode(value, _typeInfo);

    public override T FromNode(JsonNode? node) => node is null ? default! : node.Deserialize(_typeInfo)!;
}
