using System.Collections.Generic;

namespace StepFlow.Jsonata.Runtime;

/// <summary>
/// An object value whose keys enumerate in insertion order (as JavaScript's do for non-index keys).
/// Removal rebuilds the table so that a later insert cannot reuse a freed slot and reorder keys.
/// </summary>
internal sealed class JObject : Dictionary<string, object?>
{
    public JObject() : base(System.StringComparer.Ordinal) { }

    public JObject(int capacity) : base(capacity, System.StringComparer.Ordinal) { }

    public void RemoveKeepingOrder(string key)
    {
        if (!ContainsKey(key)) return;
        var survivors = new List<KeyValuePair<string, object?>>(Count);
        foreach (var pair in this)
        {
            if (pair.Key != key) survivors.Add(pair);
        }
        Clear();
        foreach (var pair in survivors) Add(pair.Key, pair.Value);
    }
}
