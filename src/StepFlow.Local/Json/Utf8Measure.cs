using System;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StepFlow.Local.Json;

/// <summary>The exact size of a node's compact UTF-8 serialization, written into a scratch buffer and counted rather
/// than kept as text. One measure (buffer and writer) is kept per thread: every state output is measured.</summary>
internal sealed class Utf8Measure : IBufferWriter<byte>
{
    // As JsonNodes.ToCompactJson writes (relaxed escaping; the serializer's default depth limit of 64).
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 64 };

    [ThreadStatic]
    private static Utf8Measure? _perThread;

    private readonly Utf8JsonWriter _writer;
    private byte[] _scratch = new byte[4096];
    private long _written;

    private Utf8Measure() => _writer = new Utf8JsonWriter(this, Options);

    public static long Of(JsonNode? node) => (_perThread ??= new Utf8Measure()).Count(node);

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Scratch(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => Scratch(sizeHint);

    private long Count(JsonNode? node)
    {
        _written = 0;
        _writer.Reset(this);
        try
        {
            if (node is null)
            {
                _writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(_writer);
            }

            _writer.Flush();
            return _written;
        }
        finally
        {
            _writer.Reset(this);
        }
    }

    private byte[] Scratch(int sizeHint)
    {
        if (sizeHint > _scratch.Length)
        {
            _scratch = new byte[sizeHint];
        }

        return _scratch;
    }
}
