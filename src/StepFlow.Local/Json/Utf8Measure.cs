using System;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StepFlow.Local.Json;

/// <summary>The exact size of a node's compact UTF-8 serialization, written into a scratch buffer and counted rather
/// than kept as text.</summary>
internal sealed class Utf8Measure : IBufferWriter<byte>
{
    // As JsonNodes.ToCompactJson writes (relaxed escaping; the serializer's default depth limit of 64).
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 64 };

    private byte[] _scratch = new byte[4096];
    private long _written;

    private Utf8Measure()
    {
    }

    public static long Of(JsonNode? node)
    {
        var measure = new Utf8Measure();
        using (var writer = new Utf8JsonWriter(measure, Options))
        {
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer);
            }
        }

        return measure._written;
    }

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Scratch(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => Scratch(sizeHint);

    private byte[] Scratch(int sizeHint)
    {
        if (sizeHint > _scratch.Length)
        {
            _scratch = new byte[sizeHint];
        }

        return _scratch;
    }
}
