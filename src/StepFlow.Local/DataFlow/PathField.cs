using StepFlow.Paths;

namespace StepFlow.Local.DataFlow;

/// <summary>InputPath/OutputPath/ResultPath as written: absent (means <c>$</c>), explicit null, or a path.</summary>
internal readonly record struct PathField(JsonPath? Path, bool IsNull)
{
    public static PathField Absent => default;

    public static PathField Null => new(null, true);

    /// <summary>True when the field is absent or exactly <c>$</c>: the value passes through unchanged.</summary>
    public bool IsIdentity => !IsNull && (Path is null || (Path.Root == JsonPathRoot.Input && Path.Segments.Count == 0));
}
