using System;
using System.Collections.Generic;

namespace StepFlow.Asl.Json;

/// <summary>
/// A JSON object whose members keep their order. Duplicate names are kept as read (a validator reports them);
/// lookups return the first.
/// </summary>
public sealed class AslObject : AslValue
{
    // One bit per member-name length (63 and over share the last): most lookups ask for a field the object does not
    // have (every rule probes each state for its own fields), and a missing length answers without comparing names.
    private readonly ulong _nameLengths;

    public AslObject(EquatableArray<AslProperty> properties, SourceSpan span = default)
        : this(properties, span, namesAreUnique: false)
    {
    }

    private AslObject(EquatableArray<AslProperty> properties, SourceSpan span, bool namesAreUnique) : base(span)
    {
        Properties = properties;
        NamesAreUnique = namesAreUnique;
        foreach (var property in properties)
        {
            _nameLengths |= LengthBit(property.Name);
        }
    }

    public static AslObject Empty { get; } = new(EquatableArray<AslProperty>.Empty);

    public EquatableArray<AslProperty> Properties { get; }

    /// <summary>
    /// True when the object was built by a producer that cannot repeat a name (<see cref="AslObjectBuilder"/> replaces
    /// on Set), so the duplicate-key rule need not compare its names; objects read from JSON text may repeat them.
    /// </summary>
    public bool NamesAreUnique { get; }

    /// <summary>An object whose producer guarantees distinct member names.</summary>
    internal static AslObject WithUniqueNames(EquatableArray<AslProperty> properties) => new(properties, default, namesAreUnique: true);

    public override AslValueKind Kind => AslValueKind.Object;

    public AslValue? this[string name] => Find(name)?.Value;

    public AslProperty? Find(string name)
    {
        if ((_nameLengths & LengthBit(name)) == 0)
        {
            return null;
        }

        foreach (var property in Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }

    public bool Contains(string name) => Find(name) is not null;

    public string? GetString(string name) => (this[name] as AslString)?.Value;

    public AslObject? GetObject(string name) => this[name] as AslObject;

    public AslArray? GetArray(string name) => this[name] as AslArray;

    public IEnumerable<string> Names
    {
        get
        {
            foreach (var property in Properties)
            {
                yield return property.Name;
            }
        }
    }

    private static ulong LengthBit(string name) => 1UL << Math.Min(name.Length, 63);

    public override bool Equals(AslValue? other) => other is AslObject o && o.Properties.Equals(Properties);

    public override int GetHashCode() => Properties.GetHashCode();
}
