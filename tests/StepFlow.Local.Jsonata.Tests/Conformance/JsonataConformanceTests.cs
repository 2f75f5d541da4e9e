using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace StepFlow.Local.Jsonata.Tests.Conformance;

/// <summary>The JSONata category of the AWS-recorded conformance cases, run through the engine with the adapter;
/// the pass count may not drop below the committed ratchet.</summary>
public sealed class JsonataConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task PassCountDoesNotDropBelowTheRatchet()
    {
        var cases = RecordedCase.LoadJsonataCategory();
        Assert.True(cases.Count >= 80, "Expected the JSONata category (84 cases), found " + cases.Count + " under " + RepositoryRoot.ConformanceCases);

        var failures = new List<string>();
        foreach (var testCase in cases)
        {
            string? reason;
            try
            {
                reason = await RecordedCaseRunner.RunAsync(testCase);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                reason = e.GetType().Name + ": " + e.Message;
            }

            if (reason is not null)
            {
                failures.Add(testCase.Name + ": " + reason);
            }
        }

        var passed = cases.Count - failures.Count;
        output.WriteLine("JSONata conformance: " + passed + " of " + cases.Count + " cases pass.");
        foreach (var failure in failures)
        {
            output.WriteLine("  FAIL " + failure);
        }

        var ratchet = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Conformance", "jsonata-ratchet.json")))!;
        var minimum = ratchet["minimumPassing"]!.GetValue<int>();
        Assert.True(passed >= minimum, "JSONata conformance dropped to " + passed + " of " + cases.Count + " (ratchet " + minimum + "):\n" + string.Join("\n", failures));
    }
}
