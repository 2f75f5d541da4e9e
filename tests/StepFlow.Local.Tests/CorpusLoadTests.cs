using System.Collections.Generic;
using System.IO;
using System.Linq;
using StepFlow.Local.Definition;
using StepFlow.Local.Errors;
using StepFlow.Tests.Shared;
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
        var files = Corpus.Files;
        var loaded = files.Where(f => !Corpus.IsDefective(Path.GetFileName(f))).ToList();
        var failures = new List<string>();
        foreach (var file in loaded)
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

        _output.WriteLine(files.Count + " definitions, " + (files.Count - loaded.Count) + " marked DEFECT, " + failures.Count + " of the rest rejected");
        Assert.Equal(178, files.Count);
        Assert.InRange(files.Count - loaded.Count, 1, 20);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
