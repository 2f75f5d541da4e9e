using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>
/// `-- --rounds`: the in-process build of <see cref="CscBuild"/> (compile, then the analyzer pass), with no analyzer,
/// an empty symbol-action analyzer, and StepFlow's, interleaved round by round so slow phases of a shared machine hit
/// all three alike. Reports medians of wall time and of process CPU time (CPU time does not count time the process
/// waited for a core), and StepFlow's share: (StepFlow - empty) / no analyzer.
/// </summary>
public static class CostRounds
{
    /// <param name="warmupRounds">
    /// Unmeasured rounds first. Two leave much of the analyzers' code at tier 0 (a first build's cost, roughly);
    /// twenty-five let tiering finish (the compiler server's and the IDE's steady state).
    /// </param>
    public static async Task RunAsync(int rounds, int warmupRounds)
    {
        var trees = SyntheticProject.Parse();
        var configurations = new (string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)[]
        {
            ("no analyzer", ImmutableArray<DiagnosticAnalyzer>.Empty),
            ("empty analyzer", ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer())),
            ("StepFlow", ImmutableArray.Create<DiagnosticAnalyzer>(new StateMachineAnalyzer())),
        };
        var wall = configurations.ToDictionary(c => c.Name, _ => new List<double>());
        var cpu = configurations.ToDictionary(c => c.Name, _ => new List<double>());
        for (var round = -warmupRounds; round < rounds; round++)
        {
            foreach (var (name, analyzers) in configurations)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var process = Process.GetCurrentProcess();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                await CscBuild.RunAsync(trees, analyzers).ConfigureAwait(false);
                var elapsed = watch.Elapsed.TotalMilliseconds;
                process.Refresh();
                if (round >= 0)
                {
                    wall[name].Add(elapsed);
                    cpu[name].Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                }
            }
        }

        foreach (var (name, _) in configurations)
        {
            Console.WriteLine($"{name,-16} wall median {Median(wall[name]),6:F0} ms   CPU median {Median(cpu[name]),6:F0} ms");
        }

        Console.WriteLine($"StepFlow's share over {rounds} rounds after {warmupRounds} warm-up rounds: wall {(Median(wall["StepFlow"]) - Median(wall["empty analyzer"])) / Median(wall["no analyzer"]):P1}, CPU {(Median(cpu["StepFlow"]) - Median(cpu["empty analyzer"])) / Median(cpu["no analyzer"]):P1}");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}
