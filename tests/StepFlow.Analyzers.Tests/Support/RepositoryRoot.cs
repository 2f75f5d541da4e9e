using System;
using System.IO;

namespace StepFlow.Analyzers.Tests.Support;

/// <summary>The checkout's root: the folder above the test binaries that holds Generators.sln.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Generators.sln not found above " + AppContext.BaseDirectory);
    }
}
