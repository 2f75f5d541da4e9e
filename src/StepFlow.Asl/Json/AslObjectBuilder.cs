using System.Collections.Generic;

namespace StepFlow.Asl.Json;

/// <summary>
/// Collects an object's members and hands them out in the canonical ASL order (<see cref="AslFieldOrder"/>), so the
/// same definition always serializes byte for byte the same, whatever order attributes were written in.
/// </summary>
public sealed class AslObjectBuilder
{
    private const int RankScratchLength = 64;

    [System.ThreadStatic]
    private static int[]? t_ranks;

    private readonly List<AslProperty> _properties;

    public AslObjectBuilder()
    {
        _properties = new List<AslProperty>();
    }

    /// <summary>A builder for about <paramref name="expectedCount"/> members: a state's list then never grows 4, 8, 16.</summary>
    public AslObjectBuilder(int expectedCount)
    {
        _properties = new List<AslProperty>(expectedCount);
    }

    public int Count => _properties.Count;

    /// <summary>Sets a member, replacing an earlier one of the same name (later sources win: raw fields override).</summary>
    public AslObjectBuilder Set(string name, AslValue value)
    {
        var index = IndexOf(name);
        var property = new AslProperty(name, value);
        if (index >= 0)
        {
            _properties[index] = property;
        }
        else
        {
            _properties.Add(property);
        }

        return this;
    }

    public AslObjectBuilder Set(string name, string value) => Set(name, new AslString(value));

    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>The value set for <paramref name="name"/>, or null.</summary>
    public AslValue? Get(string name) => IndexOf(name) is var index and >= 0 ? _properties[index].Value : null;

    /// <summary>Builds with members sorted into the canonical order; names the table does not know keep their order, last.</summary>
    public AslObject ToCanonicalObject()
    {
        var ordered = _properties.ToArray();
        StableSort(ordered);
        return AslObject.WithUniqueNames(new EquatableArray<AslProperty>(ordered));
    }

    /// <summary>Builds with members in insertion order (for payloads, where the user's order is the order).</summary>
    public AslObject ToObject() => AslObject.WithUniqueNames(new EquatableArray<AslProperty>(_properties.ToArray()));

    // A loop, not a predicate: the analyzers build every workflow on every keystroke, and the closures showed in profiles.
    private int IndexOf(string name)
    {
        for (var i = 0; i < _properties.Count; i++)
        {
            if (string.Equals(_properties[i].Name, name, System.StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static void StableSort(AslProperty[] properties)
    {
        // Each name's rank is looked up once (a hashed lookup per comparison showed in the analyzers' profile), in a
        // per-thread scratch array: objects have a few dozen members at most.
        var ranks = properties.Length <= RankScratchLength ? t_ranks ??= new int[RankScratchLength] : new int[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            ranks[i] = AslFieldOrder.Rank(properties[i].Name);
        }

        // Insertion sort: stable.
        for (var i = 1; i < properties.Length; i++)
        {
            var current = properties[i];
            var rank = ranks[i];
            var j = i - 1;
            while (j >= 0 && ranks[j] > rank)
            {
                properties[j + 1] = properties[j];
                ranks[j + 1] = ranks[j];
                j--;
            }

            properties[j + 1] = current;
            ranks[j + 1] = rank;
        }
    }
}
