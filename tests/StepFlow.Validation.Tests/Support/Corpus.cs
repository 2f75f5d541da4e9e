using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace StepFlow.Validation.Tests.Support;

/// <summary>
/// The real-world corpus in the shared reference folder next to the repository (found by walking up to
/// Generators.sln, so nothing depends on where the checkout lives) and its index.
/// </summary>
public static class Corpus
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Directory => Path.Combine(Root.Value, "asl");

    public static IReadOnlyList<string> Files => System.IO.Directory.GetFiles(Directory, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();

    /// <summary>File name to the index's failure_cause_assessment column.</summary>
    public static IReadOnlyDictionary<string, string> Assessments()
    {
        var lines = File.ReadAllLines(Path.Combine(Root.Value, "index.tsv"));
        var header = lines[0].Split('\t');
        var column = Array.IndexOf(header, "failure_cause_assessment");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            result[cells[0]] = column < cells.Length ? cells[column] : string.Empty;
        }

        return result;
    }

    /// <summary>Files the index marks as genuinely defective (the assessment starts with DEFECT).</summary>
    public static bool IsDefective(string fileName)
        => Assessments().TryGetValue(fileName, out var assessment) && assessment.StartsWith("DEFECT", StringComparison.Ordinal);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus", "realworld"));
            }
        }

        throw new InvalidOperationException("Generators.sln not found above " + AppContext.BaseDirectory);
    }
}
