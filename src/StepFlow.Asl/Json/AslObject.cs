using System;
using System.Collections.Generic;

namespace StepFlow.Asl.Json;

/// <summary>
/// A JSON object whose members keep their order. Duplicate names are kept as read (a validator reports them);
/// lookups return the first.
/// </summary>
public sealed class AslObject : AslValue
{
    public AslObject(EquatableArray<AslProperty> properties, SourceSpan span = default) : base(span) => Properties = properties;

    public static AslObject Empty { get; } = new(EquatableArray<AslProperty>.Empty);

    public EquatableArray<AslProperty> Properties { get; }

    public override AslValueKind Kind => AslValueKind.Object;

    public AslValue? this[string name] => Find(name)?.Value;

    public AslProperty? Find(string name)
    {
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

    public override bool Equals(AslValue? other) => other is AslObject o && o.Properties.Equals(Properties);

    public override int GetHashCode() => Properties.GetHashCode();
}
