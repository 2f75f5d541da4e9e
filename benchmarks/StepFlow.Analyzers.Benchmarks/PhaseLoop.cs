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
/// `-- --rules N` / `-- --parse N` / `-- --analyze N`: one phase of the analyzer's work (or all of its symbol action), repeated N times on the bound synthetic project,
/// with the mean of every ten rounds. The first rounds run tier-0 code; the JIT's tiering settles after 30 to 80
/// rounds here, which is why a short benchmark job overstates the warm cost.
/// </summary>
public static class PhaseLoop
{
    public static void Run(int repeats, string phase)
    {
        var compilation = SyntheticProject.Compile(SyntheticProject.Parse());
        using (var stream = new MemoryStream())
        {
            compilation.Emit(stream);
        }

        var known = KnownSymbols.For(compilation);
        var types = WorkflowTypes.Find(compilation, known);

        var specs = types.Select(t => Parse(known, t.Type, t.Machine)).ToList();
        var graphs = specs.Select(spec => StateGraph.From(spec.Definition)).ToList();
        var watch = Stopwatch.StartNew();
        var paused = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        for (var round = 1; round <= repeats; round++)
        {
            if (phase == "--analyze")
            {
                foreach (var (type, _) in types)
                {
                    StateMachineAnalyzer.Analyze(type, compilation, known, _ => { }, CancellationToken.None);
                }
            }
            else if (phase == "--parse")
            {
                foreach (var (type, machine) in types)
                {
                    Parse(known, type, machine);
                }
            }
            else
            {
                PhaseBreakdown.ValidateAll(specs, graphs);
            }

            if (round == repeats && phase == "--rules")
            {
                // Warm by now: each rule alone over every workflow, 20 times, with the graphs built beforehand.
                foreach (var rule in AslValidator.Rules)
                {
                    var ruleWatch = Stopwatch.StartNew();
                    for (var repeat = 0; repeat < 20; repeat++)
                    {
                        for (var i = 0; i < specs.Count; i++)
                        {
                            rule.Check(new AslValidationContext(specs[i].Definition, graphs[i], AslValidationOptions.Default, new List<AslFinding>()));
                        }
                    }

                    Console.WriteLine($"  {rule.GetType().Name,-28} {ruleWatch.Elapsed.TotalMilliseconds / 20:F2} ms per round");
                }
            }

            if (round % 10 == 0)
            {
                process.Refresh();
                Console.WriteLine($"rounds {round - 9}-{round}: {watch.Elapsed.TotalMilliseconds / 10:F1} ms per round ({(process.TotalProcessorTime - cpu).TotalMilliseconds / 10:F1} ms CPU), of which collections paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / 10:F1} ms; {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 10 / 1024} KB allocated per round");
                watch.Restart();
                cpu = process.TotalProcessorTime;
                paused = GC.GetTotalPauseDuration();
                allocated = GC.GetTotalAllocatedBytes(precise: true);
            }
        }
    }

    /// <summary>One workflow parsed as the analyzer parses it, its origin table handed back for the next.</summary>
    private static StepFlow.Generators.Model.WorkflowSpec Parse(KnownSymbols known, INamedTypeSymbol type, AttributeData machine)
    {
        using var sink = new OriginSink();
        return new WorkflowParser(known, sink, CancellationToken.None).Parse(type, machine)!;
    }
}
