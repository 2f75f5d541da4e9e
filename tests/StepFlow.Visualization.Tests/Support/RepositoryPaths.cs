using System;
using System.IO;

namespace StepFlow.Visualization.Tests.Support;

/// <summary>Finds the repository (the folder holding Generators.sln) and the shared reference folder beside it.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepositoryRoot => Root.Value;

    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string RealWorldDefinitions => Path.Combine(Shared, "corpus", "realworld", "asl");

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Generators.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Generators.sln above {AppContext.BaseDirectory}; tests must run inside the repository");
    }
}
