using System.Collections.Generic;
using System.Globalization;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// The JSONPath of the value a walk is at, kept as a stack of member names and array indexes and only rendered
/// into a string when a finding needs it: the walks over templates visit every value but report few.
/// One instance per walk; not thread-safe.
/// </summary>
internal sealed class PathTrail
{
    private readonly List<(string? Name, int Index)> _segments = new();
    private string _root = "$";

    /// <summary>Starts over at <paramref name="root"/>, a JSONPath already rendered (a state's path).</summary>
    public void Start(string root)
    {
        _root = root;
        _segments.Clear();
    }

    public void Push(string name) => _segments.Add((name, -1));

    public void Push(int index) => _segments.Add((null, index));

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    /// <summary>The path with <paramref name="name"/> appended, without pushing it.</summary>
    public string With(string name) => Placeholders.Append(ToString(), name);

    public override string ToString()
    {
        if (_segments.Count == 0)
        {
            return _root;
        }

        var path = _root;
        foreach (var (name, index) in _segments)
        {
            path = name is not null ? Placeholders.Append(path, name) : path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        }

        return path;
    }
}
