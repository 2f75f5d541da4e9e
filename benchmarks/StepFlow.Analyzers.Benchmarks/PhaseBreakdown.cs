using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation;
using StepFlow.Generators.Parsing;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>
/// `-- --phases`: time and bytes allocated per phase of the analyzer's work on the synthetic project, single-threaded,
/// on a compilation whose binding the compiler has already done (as in a build). Not a benchmark: it says which
/// phase a BenchmarkDotNet figure comes from. Five rounds leave the code mostly unoptimized; `--rules N` gives each
/// rule's warm cost.
/// </summary>
public static class PhaseBreakdown
{
    public static void Run(int rounds)
    {
        var trees = SyntheticProject.Parse();
        for (var round = 0; round < rounds; round++)
        {
            var compilation = SyntheticProject.Compile(trees);
            var watch = Stopwatch.StartNew();
            using (var stream = new MemoryStream())
            {
                compilation.Emit(stream);
            }

            var compile = watch.Elapsed;
            var known = KnownSymbols.For(compilation);
            var types = WorkflowTypes.Find(compilation, known);

            var specs = new List<StepFlow.Generators.Model.WorkflowSpec>();
            var parse = Measure(() =>
            {
                specs.Clear();
                foreach (var (type, machine) in types)
                {
                    // Disposed as the analyzer does, so the next workflow reuses the origin table.
                    using var sink = new OriginSink();
                    specs.Add(new WorkflowParser(known, sink, CancellationToken.None).Parse(type, machine)!);
                }
            });
            var parseOnly = Measure(() =>
            {
                foreach (var (type, machine) in types)
                {
                    new WorkflowParser(known, new ProblemCounter(), CancellationToken.None).Parse(type, machine);
                }
            });
            var graphs = new List<StateGraph>();
            var graph = Measure(() => specs.ForEach(spec => graphs.Add(StateGraph.From(spec.Definition))));
            var validate = Measure(() => ValidateAll(specs, graphs));
            if (round == rounds - 1)
            {
                using var sampler = new AllocationSampler { Enabled = true };
                for (var repeat = 0; repeat < 10; repeat++)
                {
                    foreach (var (type, machine) in types)
                    {
                        using var sink = new OriginSink();
                        new WorkflowParser(known, sink, CancellationToken.None).Parse(type, machine);
                    }
                }

                sampler.Enabled = false;
                Console.WriteLine("  what the parse allocates (10 runs):");
                sampler.Print(25);
                using var ruleSampler = new AllocationSampler { Enabled = true };
                for (var repeat = 0; repeat < 10; repeat++)
                {
                    ValidateAll(specs, graphs);
                }

                ruleSampler.Enabled = false;
                Console.WriteLine("  what the rules allocate (10 runs):");
                ruleSampler.Print(25);
            }

            Console.WriteLine($"round {round + 1}: compile {compile.TotalMilliseconds:F0} ms; {types.Count} workflows: parse {parse} (without origins {parseOnly}), graph {graph}, rules {validate}");
        }
    }

    /// <summary>The rules alone, each workflow with the graph the graph phase built (as the analyzer shares its graph).</summary>
    internal static void ValidateAll(IReadOnlyList<StepFlow.Generators.Model.WorkflowSpec> specs, IReadOnlyList<StateGraph> graphs)
    {
        for (var i = 0; i < specs.Count; i++)
        {
            AslValidator.Validate(specs[i].Definition, graphs[i], AslValidationOptions.Default);
        }
    }

    private static string Measure(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        action();
        return $"{watch.Elapsed.TotalMilliseconds:F0} ms / {(GC.GetAllocatedBytesForCurrentThread() - before) / 1024} KB";
    }
}
