using System;
using System.Collections.Generic;
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
/// What the analyzers add to a build: compile (bind and emit) the compilation the analyzers are attached to, then
/// run the analyzer pass over it, whose binding is now done, as csc does. Reports the wall time of that pass minus
/// the same pass with an analyzer that does nothing (the driver's own cost), over the compile time, median of rounds.
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
            var (compile, pass, callbacks) = await CompileThenAnalyzeAsync(trees, analyzers);
            var (emptyCompile, driver, _) = await CompileThenAnalyzeAsync(trees, empty);
            if (round >= 0)
            {
                ratios[round] = (pass - driver).TotalMilliseconds / compile.TotalMilliseconds;
                Console.WriteLine($"round {round + 1}: compile {compile.TotalMilliseconds:F0} ms (with an empty analyzer {emptyCompile.TotalMilliseconds:F0} ms), StepFlow pass {pass.TotalMilliseconds:F0} ms (callbacks {callbacks.TotalMilliseconds:F0} ms), empty-analyzer pass {driver.TotalMilliseconds:F0} ms, StepFlow's own share {ratios[round]:P1}");
            }
        }

        Array.Sort(ratios);
        Console.WriteLine($"median ratio over {rounds} rounds: {ratios[rounds / 2]:P1} ({SyntheticProject.Workflows} workflows x {SyntheticProject.StatesPerWorkflow} states)");
    }

    /// <summary>
    /// As csc does it: the analyzers are attached to the compilation that is emitted, so the attributes and symbols
    /// the analyzer reads were bound by the emit, then the analyzer pass drains the events the emit queued.
    /// </summary>
    private static async Task<(TimeSpan Compile, TimeSpan Pass, TimeSpan Callbacks)> CompileThenAnalyzeAsync(IReadOnlyList<SyntaxTree> trees, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true);
        var withAnalyzers = SyntheticProject.Compile(trees).WithAnalyzers(analyzers, options);
        var watch = Stopwatch.StartNew();
        using (var stream = new MemoryStream())
        {
            withAnalyzers.Compilation.Emit(stream);
        }

        var compile = watch.Elapsed;
        watch.Restart();
        var result = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).ConfigureAwait(false);
        var pass = watch.Elapsed;
        var callbacks = result.AnalyzerTelemetryInfo.Values.Aggregate(TimeSpan.Zero, (sum, info) => sum + info.ExecutionTime);
        return (compile, pass, callbacks);
    }
}
