using System;
using System.Collections.Generic;

namespace StepFlow.Jsonata.Runtime;

/// <summary>
/// An object value: keys in insertion order (as JavaScript enumerates non-index keys). Most JSON objects are small,
/// so keys and values live in two arrays searched linearly — keys are interned, so a lookup usually matches by
/// reference without touching the key's characters. Objects with many keys add a hash index.
/// </summary>
internal sealed class JObject
{
    private const int IndexThreshold = 12;

    private string[] _keys;
    private object?[] _values;
    private int _count;
    private Dictionary<string, int>? _index;

    public JObject() : this(4) { }

    public JObject(int capacity)
    {
        capacity = Math.Max(capacity, 1);
        _keys = new string[capacity];
        _values = new object?[capacity];
    }

    public int Count => _count;

    public object? this[string key]
    {
        get => TryGetValue(key, out object? value) ? value : throw new KeyNotFoundException(key);
        set
        {
            int at = IndexOf(key);
            if (at >= 0) _values[at] = value;
            else Append(key, value);
        }
    }

    public IEnumerable<string> Keys
    {
        get
        {
            for (int i = 0; i < _count; i++) yield return _keys[i];
        }
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, out object? value)
    {
        int at = IndexOf(key);
        if (at >= 0)
        {
            value = _values[at];
            return true;
        }
        value = null;
        return false;
    }

    private int IndexOf(string key)
    {
        if (_index is not null) return _index.TryGetValue(key, out int i) ? i : -1;
        string[] keys = _keys;
        int count = _count;
        for (int i = 0; i < count; i++)
        {
            if (ReferenceEquals(keys[i], key)) return i;
        }
        for (int i = 0; i < count; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    private void Append(string key, object? value)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        _keys[_count] = key;
        _values[_count] = value;
        if (_index is not null)
        {
            _index[key] = _count;
        }
        else if (_count + 1 > IndexThreshold)
        {
            _index = new Dictionary<string, int>(_count * 2, StringComparer.Ordinal);
            for (int i = 0; i <= _count; i++) _index[_keys[i]] = i;
        }
        _count++;
    }

    public void Clear()
    {
        Array.Clear(_keys, 0, _count);
        Array.Clear(_values, 0, _count);
        _count = 0;
        _index = null;
    }

    public void RemoveKeepingOrder(string key)
    {
        int at = IndexOf(key);
        if (at < 0) return;
        Array.Copy(_keys, at + 1, _keys, at, _count - at - 1);
        Array.Copy(_values, at + 1, _values, at, _count - at - 1);
        _count--;
        _keys[_count] = null!;
        _values[_count] = null;
        if (_index is not null)
        {
            _index.Clear();
            for (int i = 0; i < _count; i++) _index[_keys[i]] = i;
        }
    }

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Allocation-free enumeration of the entries in insertion order.</summary>
    public struct Enumerator
    {
        private readonly JObject _owner;
        private int _position;

        internal Enumerator(JObject owner)
        {
            _owner = owner;
            _position = -1;
        }

        public readonly KeyValuePair<string, object?> Current => new(_owner._keys[_position], _owner._values[_position]);

        public bool MoveNext() => ++_position < _owner._count;
    }
}
