using System;

namespace StepFlow.Asl.Json;

/// <summary>One member of a JSON object: its name, the span of the name in the source, and its value.</summary>
public sealed class AslProperty : IEquatable<AslProperty>
{
    public AslProperty(string name, AslValue value, SourceSpan nameSpan = default)
    {
        Name = name;
        Value = value;
        NameSpan = nameSpan;
    }

    public string Name { get; }

    public AslValue Value { get; }

    public SourceSpan NameSpan { get; }

    public bool Equals(AslProperty? other)
        => other is not null && string.Equals(other.Name, Name, StringComparison.Ordinal) && other.Value.Equals(Value);

    public override bool Equals(object? obj) => Equals(obj as AslProperty);

    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Name) * 397) ^ Value.GetHashCode());
}
