using System.Text;
using System.Text.Json.Nodes;
using StepFlow.Local.Json;

namespace StepFlow.Local.History;

/// <summary>A payload kept as a node, or as the compact UTF-8 the interpreter already wrote when it checked the payload
/// quota, and turned into text only when someone reads the history, which keeps recording cheap. The interpreter never
/// mutates a node after handing it on, so deferred text is the value at event time. A struct held in a field of
/// <see cref="HistoryEventDetails"/>, so recording costs no extra object.</summary>
internal struct LazyJsonText
{
    private readonly object? _source;
    private string? _text;

    public LazyJsonText(JsonNode? node)
    {
        _source = node;
        _text = null;
        IsPresent = true;
    }

    /// <summary>From compact UTF-8 JSON: a history then keeps one array rather than a tree of nodes alive.</summary>
    public LazyJsonText(byte[] compactUtf8)
    {
        _source = compactUtf8;
        _text = null;
        IsPresent = true;
    }

    public LazyJsonText(string text)
    {
        _source = null;
        _text = text;
        IsPresent = true;
    }

    public bool IsPresent { get; }

    /// <summary>What the text is made from: the node, the UTF-8, or the text itself when it was given as text.</summary>
    public object? Source => _text ?? _source;

    public string? Text => IsPresent ? _text ??= Render(_source) : null;

    /// <summary>The payload for a <see cref="Source"/> value.</summary>
    public static LazyJsonText From(object? source) => source switch
    {
        string text => new LazyJsonText(text),
        byte[] utf8 => new LazyJsonText(utf8),
        _ => new LazyJsonText((JsonNode?)source),
    };

    private static string Render(object? source) =>
        source is byte[] utf8 ? Encoding.UTF8.GetString(utf8) : JsonNodes.ToCompactJson((JsonNode?)source);
}
