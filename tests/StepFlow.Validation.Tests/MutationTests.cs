using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using StepFlow.Asl.Validation;
using StepFlow.Tests.Shared;
using StepFlow.Validation.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace StepFlow.Validation.Tests;

/// <summary>
/// Detection: every operator of <see cref="Mutations"/> applied to one state (the first it fits) of every sound real-world file.
/// At least 1,000 invalid definitions, at least 99% reported with the rule that names the planted fault. Set
/// STEPFLOW_MUTATIONS_DIR to also write them out (the differential script feeds them to asl-validator).
/// </summary>
public sealed class MutationTests
{
    /// <summary>Spread over the corpus rather than many copies of one file's states; keeps the run short.</summary>
    private const int PerFileAndOperator = 1;

    private readonly ITestOutputHelper _output;

    public MutationTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void At_least_99_percent_of_1000_mutations_are_reported_with_the_right_rule()
    {
        var outDir = Environment.GetEnvironmentVariable("STEPFLOW_MUTATIONS_DIR");
        var total = 0;
        var missed = new List<string>();
        var perOperator = new Dictionary<string, (int Total, int Caught)>();
        foreach (var file in Corpus.Files.Where(f => !Corpus.IsDefective(Path.GetFileName(f))))
        {
            var original = (JsonObject)JsonNode.Parse(File.ReadAllText(file))!;
            var count = StateWalk.All(original).Count;
            foreach (var mutation in Mutations.All)
            {
                var applied = 0;
                for (var index = 0; index < count && applied < PerFileAndOperator; index++)
                {
                    var root = (JsonObject)original.DeepClone();
                    if (!mutation.Apply(StateWalk.All(root)[index]))
                    {
                        continue;
                    }

                    total++;
                    applied++;
                    var mutated = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
                    var ids = AslCheck.Validate(mutated).Select(f => f.Rule.Id).ToHashSet();
                    var caught = mutation.Expected.Any(ids.Contains);
                    var tally = perOperator.TryGetValue(mutation.Name, out var t) ? t : (Total: 0, Caught: 0);
                    perOperator[mutation.Name] = (tally.Total + 1, tally.Caught + (caught ? 1 : 0));
                    var label = Path.GetFileNameWithoutExtension(file) + " #" + index + " " + mutation.Name;
                    if (!caught)
                    {
                        missed.Add(label + " -> got [" + string.Join(", ", ids.OrderBy(i => i)) + "]");
                    }

                    if (outDir is not null)
                    {
                        Directory.CreateDirectory(outDir);
                        File.WriteAllText(Path.Combine(outDir, "m" + total.ToString("D5") + "." + string.Join("_", mutation.Expected) + ".asl.json"), mutated);
                    }
                }
            }
        }

        foreach (var (name, (count, caught)) in perOperator.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            _output.WriteLine(caught + "/" + count + "  " + name);
        }

        var rate = (double)(total - missed.Count) / total;
        _output.WriteLine("detected " + (total - missed.Count) + " of " + total + " (" + rate.ToString("P2") + ")");
        Assert.True(total >= 1000, "only " + total + " mutations");
        Assert.True(rate >= 0.99, "detected " + rate.ToString("P2") + "; missed:\n" + string.Join("\n", missed.Take(40)));
    }
}
