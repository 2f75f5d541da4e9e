using System;
using System.Collections.Generic;

namespace StepFlow.Jsonata.Runtime;

/// <summary>
/// A scope of variable bindings; lookups walk outwards to the enclosing frames. Most frames hold a handful of
/// names (lambda parameters, a block's variables), so they are kept in small parallel arrays and only frames
/// with many bindings (the built-in library) switch to a dictionary.
/// </summary>
internal sealed class Frame
{
    private const int LinearLimit = 8;

    private string[]? _names;
    private object?[]? _values;
    private int _count;
    private Dictionary<string, object?>? _table;

    public Frame(Frame? parent) => Parent = parent;

    public Frame? Parent { get; }

    public void Bind(string name, object? value)
    {
        if (_table is not null)
        {
            _table[name] = value;
            return;
        }
        for (int i = 0; i < _count; i++)
        {
            if (string.Equals(_names![i], name, StringComparison.Ordinal))
            {
                _values![i] = value;
                return;
            }
        }
        if (_count == LinearLimit)
        {
            _table = new Dictionary<string, object?>(LinearLimit * 2, StringComparer.Ordinal);
            for (int i = 0; i < _count; i++) _table[_names![i]] = _values![i];
            _table[name] = value;
            _names = null;
            _values = null;
            return;
        }
        if (_names is null)
        {
            _names = new string[4];
            _values = new object?[4];
        }
        else if (_count == _names.Length)
        {
            Array.Resize(ref _names, LinearLimit);
            Array.Resize(ref _values, LinearLimit);
        }
        _names[_count] = name;
        _values![_count] = value;
        _count++;
    }

    public object? Lookup(string name)
    {
        for (Frame? frame = this; frame is not null; frame = frame.Parent)
        {
            if (frame._table is not null)
            {
                if (frame._table.TryGetValue(name, out object? value)) return value;
                continue;
            }
            string[]? names = frame._names;
            for (int i = 0; i < frame._count; i++)
            {
                if (string.Equals(names![i], name, StringComparison.Ordinal)) return frame._values![i];
            }
        }
        return null;
    }
}
