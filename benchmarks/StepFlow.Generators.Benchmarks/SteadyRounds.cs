using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace StepFlow.Generators.Benchmarks;

/// <summary>
/// `-- steady N`: N rounds of compiling the project without the generator, the generator's full run, the binding of
/// every workflow attribute alone (the floor of any generator that reads them through symbols) and the re-run after
/// an unrelated edit, with medians of every five rounds. The JIT's tiering settles after 20 to 30 rounds here; a
/// short benchmark job stops before that and measures partly unoptimized code on both sides of its ratios.
/// Also prints what each full run allocates and how long the collections it triggered paused it, and at the end the
/// medians of per-round ratios to that round's compile over the second half of the rounds: on a machine whose speed
/// drifts between minutes, a ratio formed within one round is steadier than a ratio of two means.
/// </summary>
internal static class SteadyRounds
{
    public static void Run(int rounds)
    {
        var references = SyntheticProject.References();
        var samples = new Dictionary<string, List<double>>
        {
            ["compile"] = new(),
            ["full run"] = new(),
            ["binding floor"] = new(),
            ["re-run"] = new(),
            ["syntax-provider prototype re-run"] = new(),
        };
        for (var round = 1; round <= rounds; round++)
        {
            var project = Create(SyntheticProject.Parse(100, 20), references);
            samples["compile"].Add(Time(() =>
            {
                using var stream = new MemoryStream();
                project.Emit(stream);
            }, out _, out _));

            var compilation = Create(SyntheticProject.Parse(100, 20), references);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new StateMachineGenerator().AsSourceGenerator() }, parseOptions: new CSharpParseOptions(LanguageVersion.Latest));
            samples["full run"].Add(Time(() => driver = driver.RunGenerators(compilation), out var allocated, out var paused));

            var unrelated = compilation.SyntaxTrees.First(t => t.FilePath == SyntheticProject.UnrelatedFile);
            var edited = compilation.ReplaceSyntaxTree(unrelated, unrelated.WithChangedText(SourceText.From(SyntheticProject.Unrelated(round))));
            samples["re-run"].Add(Time(() => driver.RunGenerators(edited), out _, out _));

            // The same re-run by the pipeline behind CreateSyntaxProvider (SyntaxProviderGenerator, not shipped).
            var prototype = CSharpGeneratorDriver.Create(new[] { new SyntaxProviderGenerator().AsSourceGenerator() }, parseOptions: new CSharpParseOptions(LanguageVersion.Latest))
                .RunGenerators(compilation);
            samples["syntax-provider prototype re-run"].Add(Time(() => prototype.RunGenerators(edited), out _, out _));

            var fresh = Create(SyntheticProject.Parse(100, 20), references);
            samples["binding floor"].Add(Time(() => StepProfile.BindWorkflowAttributes(fresh, 3), out _, out _));

            Console.WriteLine($"round {round}: full run allocated {allocated / 1048576} MB, collections paused it {paused:F0} ms ({(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC)");
            if (round % 5 == 0)
            {
                Console.WriteLine($"rounds {round - 4}-{round} medians: " + string.Join(", ", samples.Select(s => $"{s.Key} {Median(s.Value.Skip(round - 5)):F1} ms")));
            }
        }

        var from = rounds / 2;
        var compile = samples["compile"];
        Console.WriteLine($"rounds {from + 1}-{rounds}, medians of per-round ratios to the round's compile: " + string.Join(", ", samples.Where(s => s.Key != "compile")
            .Select(s => $"{s.Key} {Median(s.Value.Select((v, i) => v / compile[i]).Skip(from)) * 100:F2}%")));
    }

    private static double Time(Action action, out long allocated, out double paused)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var pausedBefore = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        action();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        return elapsed;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    private static CSharpCompilation Create(IReadOnlyList<SyntaxTree> trees, IReadOnlyList<MetadataReference> references)
        => CSharpCompilation.Create("Synthetic", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
}
