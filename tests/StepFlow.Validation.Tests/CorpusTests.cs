using System.IO;
using System.Linq;
using StepFlow.Asl.Validation;
using StepFlow.Tests.Shared;
using StepFlow.Validation.Tests.Support;
using Xunit;

namespace StepFlow.Validation.Tests;

/// <summary>Zero false positives: no error on any real-world definition except those the index marks as defective.</summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Corpus.Files)
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Real_world_definitions_have_no_errors_unless_marked_defective(string fileName)
    {
        var findings = AslCheck.Validate(File.ReadAllText(Path.Combine(Corpus.Directory, fileName)));
        var errors = findings.Where(f => f.Severity == AslSeverity.Error).ToList();

        if (Corpus.IsDefective(fileName))
        {
            Assert.NotEmpty(errors);
        }
        else
        {
            Assert.True(errors.Count == 0, AslCheck.Describe(errors));
        }
    }

    [Fact]
    public void The_corpus_is_present()
        => Assert.True(Corpus.Files.Count >= 170, "expected the 178 real-world files, found " + Corpus.Files.Count);
}
