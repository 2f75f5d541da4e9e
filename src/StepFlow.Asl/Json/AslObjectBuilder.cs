using System.Collections.Generic;

namespace StepFlow.Asl.Json;

/// <summary>
/// Collects an object's members and hands them out in the canonical ASL order (<see cref="AslFieldOrder"/>), so the
/// same definition always serializes byte for byte the same, whatever order attributes were written in.
/// </summary>
public sealed class AslObjectBuilder
{
    private readonly List<AslProperty> _properties = new();

    public int Count => _properties.Count;

    /// <summary>Sets a member, replacing an earlier one of the same name (later sources win: raw fields override).</summary>
    public AslObjectBuilder Set(string name, AslValue value)
    {
        var index = _properties.FindIndex(p => p.Name == name);
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

    public bool Contains(string name) => _properties.Exists(p => p.Name == name);

    /// <summary>The value set for <paramref name="name"/>, or null.</summary>
    public AslValue? Get(string name) => _properties.Find(p => p.Name == name)?.Value;

    /// <summary>Builds with members sorted into the canonical order; names the table does not know keep their order, last.</summary>
    public AslObject ToCanonicalObject()
    {
        var ordered = new List<AslProperty>(_properties);
        StableSort(ordered);
        return new AslObject(new EquatableArray<AslProperty>(ordered.ToArray()));
    }

    /// <summary>Builds with members in insertion order (for payloads, where the user's order is the order).</summary>
    public AslObject ToObject() => new(new EquatableArray<AslProperty>(_properties.ToArray()));

    private static void StableSort(List<AslProperty> properties)
    {
        // Insertion sort: stable, and objects have a few dozen members at most.
        for (var i = 1; i < properties.Count; i++)
        {
            var current = properties[i];
            var rank = AslFieldOrder.Rank(current.Name);
            var j = i - 1;
            while (j >= 0 && AslFieldOrder.Rank(properties[j].Name) > rank)
            {
                properties[j + 1] = properties[j];
                j--;
            }

            properties[j + 1] = current;
        }
    }
}
