using System.Collections.Generic;

namespace StepFlow.Jsonata.Runtime;

/// <summary>A scope of variable bindings; lookups walk outwards to the enclosing frames.</summary>
internal sealed class Frame
{
    private Dictionary<string, object?>? _bindings;

    public Frame(Frame? parent) => Parent = parent;

    public Frame? Parent { get; }

    public void Bind(string name, object? value)
    {
        _bindings ??= new Dictionary<string, object?>(System.StringComparer.Ordinal);
        _bindings[name] = value;
    }

    public object? Lookup(string name)
    {
        for (Frame? frame = this; frame is not null; frame = frame.Parent)
        {
            if (frame._bindings is not null && frame._bindings.TryGetValue(name, out object? value)) return value;
        }
        return null;
    }
}
