using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace StepFlow.Build;

/// <summary>
/// Writes each workflow's ASL, Mermaid and substitutions files. A file whose content has not changed is left
/// untouched, so its timestamp (and whatever deploys it incrementally) stays still.
/// </summary>
public sealed class WriteStateMachineArtifacts : Task
{
    /// <summary>The compiled assembly (the intermediate one, before copy).</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>The folder to write into, e.g. $(OutDir)statemachines/.</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>Every file this task owns, written or already up to date (for FileWrites and clean).</summary>
    [Output]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        IReadOnlyList<Artifact> artifacts;
        try
        {
            artifacts = ArtifactReader.Read(AssemblyPath);
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            Log.LogError(null, "SFB001", null, AssemblyPath, 0, 0, 0, 0, "StepFlow could not read the workflows in '{0}': {1}", AssemblyPath, e.Message);
            return false;
        }

        var files = new List<ITaskItem>();
        var written = 0;
        foreach (var artifact in artifacts)
        {
            if (!IsPlainFileName(artifact.FileName))
            {
                Log.LogError(null, "SFB002", null, AssemblyPath, 0, 0, 0, 0, "StepFlow artifact name '{0}' is not a plain file name", artifact.FileName);
                return false;
            }

            var path = Path.Combine(OutputDirectory, artifact.FileName);
            try
            {
                if (WriteIfChanged(path, artifact.Content))
                {
                    written++;
                    Log.LogMessage(MessageImportance.Low, "StepFlow wrote {0}", path);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Log.LogError(null, "SFB003", null, path, 0, 0, 0, 0, "StepFlow could not write '{0}': {1}", path, e.Message);
                return false;
            }

            files.Add(new TaskItem(Path.GetFullPath(path)));
        }

        if (artifacts.Count > 0)
        {
            Log.LogMessage(MessageImportance.High, "StepFlow: {0} workflow file(s) in {1} ({2} updated)", artifacts.Count, Path.GetFullPath(OutputDirectory), written);
        }

        Files = files.ToArray();
        return true;
    }

    private static bool WriteIfChanged(string path, string content)
    {
        if (File.Exists(path) && string.Equals(File.ReadAllText(path, Encoding.UTF8), content, StringComparison.Ordinal))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return true;
    }

    private static bool IsPlainFileName(string name)
        => name.Length > 0 && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && name != "." && name != ".." && name.IndexOf('/') < 0 && name.IndexOf('\\') < 0;
}
