using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace StepFlow.Conformance.Tests;

/// <summary>Runs every recorded case, writes docs/conformance.md and enforces the committed ratchet.</summary>
public sealed class ConformanceSuiteTests
{
    [Fact]
    public async Task PassCountsDoNotDropBelowTheRatchet()
    {
        var outcomes = new List<CaseOutcome>();
        foreach (var testCase in ConformanceCase.LoadAll())
        {
            outcomes.Add(await RunAsync(testCase));
        }

        Assert.True(outcomes.Count > 700, "Expected the full case set, found " + outcomes.Count + " cases under " + RepositoryPaths.Conformance);
        var docs = Path.Combine(RepositoryPaths.Root, "docs");
        Directory.CreateDirectory(docs);
        await File.WriteAllTextAsync(Path.Combine(docs, "conformance.md"), ConformanceReport.Render(outcomes));

        var ratchet = (JsonObject)JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "ratchet.json")))!;
        var minimums = (JsonObject)ratchet["minimumPassing"]!;
        var shortfalls = new List<string>();
        foreach (var pair in minimums)
        {
            var passed = outcomes.Count(o => o.Group == pair.Key && o.Passed);
            var minimum = pair.Value!.GetValue<int>();
            if (passed < minimum)
            {
                shortfalls.Add(pair.Key + ": " + passed + " passing, ratchet requires " + minimum);
            }
        }

        var combined = outcomes.Count(o => o.Case.IsDeterministic && o.Passed);
        var combinedMinimum = ratchet["minimumDeterministicCombined"]!.GetValue<int>();
        if (combined < combinedMinimum)
        {
            shortfalls.Add("deterministic cases (JSONPath and JSONata): " + combined + " passing, ratchet requires " + combinedMinimum);
        }

        Assert.True(shortfalls.Count == 0, "Conformance dropped below the ratchet (see docs/conformance.md):\n" + string.Join("\n", shortfalls));
    }

    private static async Task<CaseOutcome> RunAsync(ConformanceCase testCase)
    {
        try
        {
            var (result, events, missingTaskResults) = await CaseRunner.RunAsync(testCase);
            var reason = CaseComparer.Compare(testCase, result, events);
            return new CaseOutcome(testCase, reason is null, reason, missingTaskResults);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new CaseOutcome(testCase, false, e.GetType().Name + ": " + e.Message);
        }
    }
}
