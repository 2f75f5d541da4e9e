using System.Text.Json.Nodes;
using StepFlow.Local.Json;

namespace StepFlow.Local.History;

/// <summary>A payload kept as a node and serialized only when someone reads the history, which keeps recording cheap.
/// The interpreter never mutates a node after handing it on, so the deferred text is the value at event time.
/// A struct held in a field of <see cref="HistoryEventDetails"/>, so recording costs no extra object.</summary>
internal struct LazyJsonText
{
    private readonly JsonNode? _node;
    private string? _text;

    public LazyJsonText(JsonNode? node)
    {
        _node = node;
        _text = null;
        IsPresent = true;
    }

    public LazyJsonText(string text)
    {
        _node = null;
        _text = text;
        IsPresent = true;
    }

    public bool IsPresent { get; }

    /// <summary>What the text is made from: the node, or the text itself when it was given as text.</summary>
    public object? Source => _text ?? (object?)_node;

    public string? Text => IsPresent ? _text ??= JsonNodes.ToCompactJson(_node) : null;
}
