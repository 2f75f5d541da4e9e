using System;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StepFlow.Local.Json;

/// <summary>
/// A node's compact UTF-8 serialization (what <see cref="JsonNodes.ToCompactJson"/> writes, as bytes), either counted
/// into a scratch buffer or copied out. Every new state output is measured against the payload quota, so one buffer
/// and writer are kept per thread.
/// </summary>
internal sealed class CompactUtf8 : IBufferWriter<byte>
{
    // As ToCompactJson writes (relaxed escaping), but no depth limit below the parser's: measuring never fails where
    // reading the same payload succeeded.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 1000 };

    // A buffer that grew past this for one large payload is not kept for the thread's later, mostly small, ones.
    private const int KeptBufferLimit = 1 << 20;

    [ThreadStatic]
    private static CompactUtf8? _perThread;

    private readonly Utf8JsonWriter _writer;
    private byte[] _buffer = new byte[4096];
    private long _written;
    private bool _keep;

    private CompactUtf8() => _writer = new Utf8JsonWriter(this, Options);

    /// <summary>The serialization's length in bytes.</summary>
    public static long Measure(JsonNode? node) => (_perThread ??= new CompactUtf8()).Write(node, keep: false);

    /// <summary>The serialization itself.</summary>
    public static byte[] Serialize(JsonNode? node)
    {
        var serializer = _perThread ??= new CompactUtf8();
        var length = (int)serializer.Write(node, keep: true);
        var bytes = serializer._buffer.AsSpan(0, length).ToArray();
        if (serializer._buffer.Length > KeptBufferLimit)
        {
            serializer._buffer = new byte[4096];
        }

        return bytes;
    }

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).Span;

    private long Write(JsonNode? node, bool keep)
    {
        _written = 0;
        _keep = keep;
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

    // Counting reuses the start of the buffer for every flush; keeping appends, doubling the buffer as needed.
    private Memory<byte> Reserve(int sizeHint)
    {
        var start = _keep ? (int)_written : 0;
        var needed = start + Math.Max(sizeHint, 1);
        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(needed, _buffer.Length * 2));
        }

        return _buffer.AsMemory(start);
    }
}
