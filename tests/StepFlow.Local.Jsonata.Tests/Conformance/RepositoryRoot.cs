using System;
using System.IO;

namespace StepFlow.Local.Jsonata.Tests.Conformance;

/// <summary>The repository root (the folder holding Generators.sln), found by walking up from the test binaries, so
/// the shared reference folder beside it is found wherever the repository is cloned.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string ConformanceCases => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared", "conformance", "cases"));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Generators.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No Generators.sln above " + AppContext.BaseDirectory);
    }
}
