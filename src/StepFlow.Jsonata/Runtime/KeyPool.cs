using System.Collections.Concurrent;

namespace StepFlow.Jsonata.Runtime;

/// <summary>
/// Shares one string instance per object key / field name, so a lookup usually matches a stored key by reference
/// (<see cref="JObject"/> falls back to comparing characters). Cheaper than <c>string.Intern</c>, and bounded so
/// that documents with endless distinct keys cannot grow it without limit.
/// </summary>
internal static class KeyPool
{
    private const int Capacity = 50_000;
    private const int MaxKeyLength = 64;

    private static readonly ConcurrentDictionary<string, string> Pool = new(System.StringComparer.Ordinal);

    public static string Share(string key)
    {
        if (key.Length > MaxKeyLength) return key;
        if (Pool.TryGetValue(key, out string? shared)) return shared;
        if (Pool.Count >= Capacity) return key;
        return Pool.GetOrAdd(key, key);
    }
}
