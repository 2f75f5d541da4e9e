using System;
using System.ComponentModel;

namespace StepFlow;

/// <summary>
/// Emitted by the generator, one per build artifact (<c>X.asl.json</c>, <c>X.mmd</c>, <c>X.substitutions.json</c>).
/// The build task reads these from the compiled assembly's metadata (no assembly loading) and writes the files,
/// so the compiler itself never touches the disk.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GeneratedArtifactAttribute : Attribute
{
    public GeneratedArtifactAttribute(string fileName, string content)
    {
        FileName = fileName;
        Content = content;
    }

    public string FileName { get; }

    public string Content { get; }
}
