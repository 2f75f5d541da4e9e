using System;
using System.IO;

namespace StepFlow.Ports.Tests;

/// <summary>
/// The real-world definitions the ports reproduce. They are read from the shared corpus next to the repository
/// (&lt;repo root&gt;/../shared/corpus/realworld/asl) at test time, never copied into the repository.
/// </summary>
public static class RealWorldCorpus
{
    private const string RepositoryMarker = "Generators.sln";

    private static readonly Lazy<string> Folder = new(FindFolder);

    /// <summary>The text of one corpus file, e.g. "serverless-patterns__x__statemachine__definition.asl.json".</summary>
    public static string Read(string fileName)
    {
        var path = Path.Combine(Folder.Value, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The real-world definition '" + fileName + "' is not in " + Folder.Value, path);
        }

        return File.ReadAllText(path);
    }

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, RepositoryMarker)))
            {
                var corpus = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus", "realworld", "asl"));
                return Directory.Exists(corpus)
                    ? corpus
                    : throw new DirectoryNotFoundException("The shared corpus should be at " + corpus + " (next to the repository root " + directory.FullName + ")");
            }
        }

        throw new DirectoryNotFoundException("No folder above " + AppContext.BaseDirectory + " holds " + RepositoryMarker + ": cannot locate the repository root");
    }
}
