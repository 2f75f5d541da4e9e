using System.Text.Json.Nodes;

namespace StepFlow.Local.Json;

/// <summary>Checks the 256 KiB payload quota by counting the compact UTF-8 serialization without keeping it. Counting
/// writes nodes still backed by their parsed document as raw copies, where a member-by-member estimate would first
/// build a node for every member.</summary>
internal static class JsonSizeGuard
{
    public static bool Exceeds(JsonNode? node, int limit) => CompactUtf8.Measure(node) > limit;
}
