using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>
/// What the analyzers add to a build: compile (bind and emit) one compilation, then run the analyzers over that same
/// compilation, whose binding is now done, as a build's analyzer pass finds it. Reports the wall time of that pass
/// minus the same pass with an analyzer that does nothing (the driver re-binds a clone of the compilation whatever
/// the analyzer does), over the compile time, median of rounds.
/// </summary>
public static class AnalyzerTelemetry
{
    public static async Task RunAsync(int rounds)
    {
        var trees = SyntheticProject.Parse();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new StateMachineAnalyzer());
        var empty = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer());
        var ratios = new double[rounds];
        for (var round = -1; round < rounds; round++)
        {
            var compilation = SyntheticProject.Compile(trees);
            var watch = Stopwatch.StartNew();
            using (var stream = new MemoryStream())
            {
                compilation.Emit(stream);
            }

            var compile = watch.Elapsed;
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true);
            watch.Restart();
            var result = await compilation.WithAnalyzers(analyzers, options).GetAnalysisResultAsync(CancellationToken.None);
            var pass = watch.Elapsed;
            watch.Restart();
            await SyntheticProject.Compile(trees).WithAnalyzers(empty, options).GetAnalysisResultAsync(CancellationToken.None);
            var driver = watch.Elapsed;
            var callbacks = result.AnalyzerTelemetryInfo.Values.Aggregate(TimeSpan.Zero, (sum, info) => sum + info.ExecutionTime);
            if (round >= 0)
            {
                ratios[round] = (pass - driver).TotalMilliseconds / compile.TotalMilliseconds;
                Console.WriteLine($"round {round + 1}: compile {compile.TotalMilliseconds:F0} ms, StepFlow pass {pass.TotalMilliseconds:F0} ms (callbacks {callbacks.TotalMilliseconds:F0} ms), empty-analyzer pass {driver.TotalMilliseconds:F0} ms, StepFlow's own share {ratios[round]:P1}");
            }
        }

        Array.Sort(ratios);
        Console.WriteLine($"median ratio over {rounds} rounds: {ratios[rounds / 2]:P1} ({SyntheticProject.Workflows} workflows x {SyntheticProject.StatesPerWorkflow} states)");
    }
}
