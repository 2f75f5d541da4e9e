using System;
using System.IO;
using Xunit;

namespace StepFlow.Ports.Tests;

/// <summary>
/// Each port's generated ASL must equal the real-world original as JSON: key order aside, every string, number,
/// null and ${placeholder} the same. A failure names the first differing JSON path.
/// </summary>
public sealed class PortedDefinitionTests
{
    [Fact]
    public void Every_requested_definition_is_ported()
        => Assert.Equal(12, PortCatalog.Names.Count);

    [Theory]
    [MemberData(nameof(PortCatalog.Names), MemberType = typeof(PortCatalog))]
    public void Generated_definition_equals_the_original(string port)
    {
        var (originalFile, _, generated) = PortCatalog.Get(port);

        var difference = JsonEquivalence.FirstDifference(RealWorldCorpus.Read(originalFile), generated);

        Assert.True(difference is null, originalFile + " differs from the generated ASL at " + difference);
    }

    /// <summary>What users deploy is the file the build writes, so it must be the same text as the constant.</summary>
    [Theory]
    [MemberData(nameof(PortCatalog.Names), MemberType = typeof(PortCatalog))]
    public void Build_writes_the_generated_definition(string port)
    {
        var (_, name, generated) = PortCatalog.Get(port);
        var written = Path.Combine(AppContext.BaseDirectory, "statemachines", name + ".asl.json");

        Assert.True(File.Exists(written), "The build did not write " + written);
        Assert.Equal(generated, File.ReadAllText(written));
    }
}
