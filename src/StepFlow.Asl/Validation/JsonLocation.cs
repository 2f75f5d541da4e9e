using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation;

/// <summary>
/// Where a value sits, as a chain of parent links whose JSONPath text is built only when asked for: the rule engine
/// runs on every keystroke and walks every value, but needs a path only for the few it reports.
/// </summary>
public sealed class JsonLocation
{
    private readonly JsonLocation? _parent;
    private readonly string? _name;
    private readonly int _index;
    private string? _path;

    /// <summary>The root of a walk, at <paramref name="path"/>.</summary>
    public JsonLocation(string path) => _path = path;

    private JsonLocation(JsonLocation parent, string? name, int index)
    {
        _parent = parent;
        _name = name;
        _index = index;
    }

    /// <summary>The JSONPath of this location (computed once).</summary>
    public string Path => _path ??= Describe(_parent!, _name, _index);

    /// <summary>The location of member <paramref name="name"/> of the object here.</summary>
    public JsonLocation Member(string name) => new(this, name, -1);

    /// <summary>The location of item <paramref name="index"/> of the array here.</summary>
    public JsonLocation Item(int index) => new(this, null, index);

    /// <summary>The JSONPath of a child of <paramref name="parent"/>: member <paramref name="name"/>, else item <paramref name="index"/>.</summary>
    internal static string Describe(JsonLocation parent, string? name, int index)
        => name is null ? parent.Path + "[" + index + "]" : Placeholders.Append(parent.Path, name);

    public override string ToString() => Path;
}
