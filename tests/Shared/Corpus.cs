using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace StepFlow.Tests.Shared;

/// <summary>
/// The real-world corpus in the shared reference folder next to the repository (found by walking up to
/// Generators.sln, so nothing depends on where the checkout lives) and its index. Linked into the test projects
/// that read the corpus; the index is read once per process.
/// </summary>
public static class Corpus
{
    private static readonly Lazy<string> Root = new(FindRoot);

    private static readonly Lazy<IReadOnlyDictionary<string, string>> AssessmentsByFile = new(ReadAssessments);

    public static string Directory => Path.Combine(Root.Value, "asl");

    public static IReadOnlyList<string> Files => System.IO.Directory.GetFiles(Directory, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();

    /// <summary>File name to the index's failure_cause_assessment column.</summary>
    public static IReadOnlyDictionary<string, string> Assessments() => AssessmentsByFile.Value;

    /// <summary>Files the index marks as genuinely defective (the assessment starts with DEFECT).</summary>
    public static bool IsDefective(string fileName)
        => AssessmentsByFile.Value.TryGetValue(fileName, out var assessment) && assessment.StartsWith("DEFECT", StringComparison.Ordinal);

    private static IReadOnlyDictionary<string, string> ReadAssessments()
    {
        var lines = File.ReadAllLines(Path.Combine(Root.Value, "index.tsv"));
        var column = Array.IndexOf(lines[0].Split('\t'), "failure_cause_assessment");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            result[cells[0]] = column >= 0 && column < cells.Length ? cells[column] : string.Empty;
        }

        return result;
    }

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
