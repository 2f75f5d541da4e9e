using System.Text.Json.Nodes;

namespace StepFlow.Local.Json;

/// <summary>Checks the 256 KiB payload quota without serializing small payloads: a cheap upper bound first, the
/// exact UTF-8 size only when the bound is over the limit.</summary>
internal static class JsonSizeGuard
{
    private const int ExactFrom = 64;

    public static bool Exceeds(JsonNode? node, int limit)
    {
        long bound = 0;
        if (!BoundWithin(node, limit, ref bound))
        {
            return JsonNodes.Utf8Size(node) > limit;
        }

        return false;
    }

    // Upper bound: strings are measured (UTF-8 plus escapes), numbers count as 24 chars (the longest double), plus punctuation.
    private static bool BoundWithin(JsonNode? node, long limit, ref long bound)
    {
        switch (node)
        {
            case null:
                bound += 4;
                break;
            case JsonObject obj:
                bound += 2;
                foreach (var pair in obj)
                {
                    bound += EncodedLength(pair.Key) + 3;
                    if (!BoundWithin(pair.Value, limit, ref bound))
                    {
                        return false;
                    }
                }

                break;
            case JsonArray { Count: > ExactFrom } large:
                // A long array (a Map's results, say) is measured exactly: cheaper than visiting every member when its
                // items are still backed by the parsed input.
                bound += Utf8Measure.Of(large);
                break;
            case JsonArray array:
                bound += 2;
                foreach (var item in array)
                {
                    bound += 1;
                    if (!BoundWithin(item, limit, ref bound))
                    {
                        return false;
                    }
                }

                break;
            default:
                bound += JsonNodes.IsString(node, out var s) ? EncodedLength(s) + 2 : 24;
                break;
        }

        return bound <= limit;
    }

    private static long EncodedLength(string text)
    {
        long length = 0;
        foreach (var c in text)
        {
            length += c switch
            {
                < ' ' => 6,
                '"' or '\\' => 2,
                < (char)0x80 => 1,
                < (char)0x800 => 2,
                _ => 3,
            };
        }

        return length;
    }
}
