using System.Text.Json.Nodes;
using StepFlow.Local.Json;

namespace StepFlow.Local.History;

/// <summary>A payload kept as a node and serialized only when someone reads the history, which keeps recording cheap.
/// The interpreter never mutates a node after handing it on, so the deferred text is the value at event time.</summary>
internal sealed class LazyJsonText
{
    private readonly JsonNode? _node;
    private string? _text;

    public LazyJsonText(JsonNode? node) => _node = node;

    public LazyJsonText(string text) => _text = text;

    public string Text => _text ??= JsonNodes.ToCompactJson(_node);
}
