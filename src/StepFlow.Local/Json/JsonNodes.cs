using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StepFlow.Local.Json;

/// <summary>JsonNode helpers the interpreter leans on.</summary>
public static class JsonNodes
{
    private static readonly JsonSerializerOptions CompactOptions = new()
    {
        WriteIndented = false,
        // AWS writes non-ASCII characters as-is in history payloads; only JSON-mandatory escapes are applied.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 512 };

    /// <summary>A node that may be inserted into a new parent: the node itself when it has no parent, else a copy.</summary>
    public static JsonNode? Detach(JsonNode? node) => node is null || node.Parent is null ? node : node.DeepClone();

    /// <summary>Compact JSON text (no spaces), the form AWS uses in history payloads.</summary>
    public static string ToCompactJson(JsonNode? node) => node is null ? "null" : node.ToJsonString(CompactOptions);

    /// <summary>Parses JSON text. Containers stay backed by the parsed document until first read: concurrent reads of
    /// such nodes are safe (System.Text.Json since .NET 8), and copying or writing one that nobody looked into costs
    /// no node per member, which is most of a large Map input.</summary>
    /// <exception cref="JsonException">The text is not JSON, or an object repeats a member name.</exception>
    public static JsonNode? Parse(string text)
    {
        JsonElement root;
        using (var document = JsonDocument.Parse(text, ParseOptions))
        {
            root = document.RootElement.Clone();
        }

        // A lazily built object would only fail on a repeated name when first read, far from the input.
        DuplicateMembers.Check(root);
        return root.ValueKind switch
        {
            JsonValueKind.Object => JsonObject.Create(root),
            JsonValueKind.Array => JsonArray.Create(root),
            JsonValueKind.Null => null,
            _ => JsonValue.Create(root),
        };
    }

    /// <summary>Structural equality; numbers compare by value (1 equals 1.0).</summary>
    public static bool DeepEquals(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        var kind = a.GetValueKind();
        if (kind != b.GetValueKind())
        {
            return false;
        }

        return kind switch
        {
            JsonValueKind.Number => IsNumber(a, out var x) && IsNumber(b, out var y) && x.Equals(y),
            JsonValueKind.String => string.Equals(a.GetValue<string>(), b.GetValue<string>(), StringComparison.Ordinal),
            JsonValueKind.Object or JsonValueKind.Array => JsonNode.DeepEquals(a, b),
            _ => true,
        };
    }

    /// <summary>True for a JSON string node.</summary>
    public static bool IsString(JsonNode? node, out string value)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            value = v.GetValue<string>();
            return true;
        }

        value = string.Empty;
        return false;
    }

    /// <summary>True for a JSON number node.</summary>
    public static bool IsNumber(JsonNode? node, out double value)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
        {
            // Values built in code hold CLR numbers (long, int, decimal…) that GetValue<double> refuses; the
            // integers intrinsics produce convert exactly as their text would parse, without the text.
            if (v.TryGetValue(out value))
            {
                return true;
            }

            if (v.TryGetValue(out long integer))
            {
                value = integer;
                return true;
            }

            if (v.TryGetValue(out int small))
            {
                value = small;
                return true;
            }

            value = double.Parse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>The JSON kind of a node, treating C# null as JSON null.</summary>
    public static JsonValueKind KindOf(JsonNode? node) => node is null ? JsonValueKind.Null : node.GetValueKind();

    /// <summary>Size of the compact UTF-8 serialization, used for the 256 KiB payload quota.</summary>
    public static int Utf8Size(JsonNode? node) => (int)Math.Min(CompactUtf8.Measure(node), int.MaxValue);
}
