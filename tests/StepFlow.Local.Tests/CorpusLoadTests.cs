using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StepFlow.Local.Definition;
using StepFlow.Local.Errors;
using Xunit;
using Xunit.Abstractions;

namespace StepFlow.Local.Tests;

/// <summary>
/// The engine loads every real-world definition AWS would create (all 178 but those the corpus index marks DEFECT):
/// a definition that AWS accepts but the engine rejects at load time could not be unit-tested locally at all.
/// </summary>
public sealed class CorpusLoadTests
{
    private readonly ITestOutputHelper _output;

    public CorpusLoadTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_real_world_definition_loads()
    {
        var files = Directory.GetFiles(Path.Combine(CorpusDirectory(), "asl"), "*.json").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var defective = DefectiveFiles();
        var failures = new List<string>();
        foreach (var file in files.Where(f => !defective.Contains(Path.GetFileName(f))))
        {
            try
            {
                DefinitionParser.Parse(File.ReadAllText(file));
            }
            catch (InvalidDefinitionException e)
            {
                failures.Add(Path.GetFileName(file) + ": " + e.Message);
            }
        }

        _output.WriteLine(files.Count + " definitions, " + defective.Count + " marked DEFECT, " + failures.Count + " of the rest rejected");
        Assert.Equal(178, files.Count);
        Assert.InRange(defective.Count, 1, 20);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Files whose failure_cause_assessment in the corpus index starts with DEFECT.</summary>
    private static HashSet<string> DefectiveFiles()
    {
        var lines = File.ReadAllLines(Path.Combine(CorpusDirectory(), "index.tsv"));
        var column = Array.IndexOf(lines[0].Split('\t'), "failure_cause_assessment");
        return lines.Skip(1)
            .Select(line => line.Split('\t'))
            .Where(cells => column < cells.Length && cells[column].StartsWith("DEFECT", StringComparison.Ordinal))
            .Select(cells => cells[0])
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string CorpusDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Generators.sln")))
            {
                return Path.Combine(dir.Parent!.FullName, "shared", "corpus", "realworld");
            }
        }

        throw new DirectoryNotFoundException("Generators.sln not found above " + AppContext.BaseDirectory);
    }
}
