using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace StepFlow.Visualization.Tests.Support;

/// <summary>
/// Compares output with a checked-in <c>Snapshots/NAME.verified.EXT</c>. On a difference it writes
/// <c>NAME.received.EXT</c> beside it and fails; accept a change by renaming received to verified.
/// </summary>
internal static class SnapshotFile
{
    /// <param name="callerPath">Filled by the compiler: snapshots live in a Snapshots folder beside the calling test file.</param>
    public static void Verify(string actual, string name, string extension, [CallerFilePath] string callerPath = "")
    {
        string directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
        string verified = Path.Combine(directory, $"{name}.verified.{extension}");
        string received = Path.Combine(directory, $"{name}.received.{extension}");
        string normalized = actual.ReplaceLineEndings("\n");
        if (File.Exists(verified) && File.ReadAllText(verified).ReplaceLineEndings("\n") == normalized)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, normalized);
        Assert.Fail(File.Exists(verified)
            ? $"{name}.{extension} differs from its verified snapshot; compare {received} with {verified}"
            : $"no verified snapshot for {name}.{extension}; review {received} and rename it to {verified}");
    }
}
