#if NET8_0_OR_GREATER
using System.Diagnostics.CodeAnalysis;
#endif
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StepFlow.Client;

/// <summary>
/// Serializes through System.Text.Json's reflection-based metadata: convenient, but not trimming or Native AOT
/// safe, so creating one warns in projects that trim or publish AOT. Name a JsonSerializerContext on the
/// workflow's [StateMachine] to avoid it.
/// </summary>
#if NET8_0_OR_GREATER
[RequiresUnreferencedCode(Message)]
[RequiresDynamicCode(Message)]
#endif
public sealed class ReflectionPayloadSerializer<T> : PayloadSerializer<T>
{
    /// <summary>The warning text callers see.</summary>
    public const string Message = "Serializes workflow payloads with reflection. Set [StateMachine(SerializerContext = typeof(YourJsonSerializerContext))] for trimming and Native AOT.";

    private readonly JsonSerializerOptions _options;

    public ReflectionPayloadSerializer(JsonSerializerOptions? options = null) => _options = options ?? JsonSerializerOptions.Default;

    public override string Serialize(T value) => JsonSerializer.Serialize(value, _options);

    public override T Deserialize(string json) => JsonSerializer.Deserialize<T>(json, _options)!;

    public override JsonNode? ToNode(T value) => JsonSerializer.SerializeToNode(value, _options);

    public override T FromNode(JsonNode? node) => node is null ? default! : node.Deserialize<T>(_options)!;
}
