using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>
/// What the analyzers add to a build of the synthetic project: compiling it (bind and emit) against compiling it
/// with the StepFlow analyzers attached (the compiler's own binding is shared, as in a real build). The ratio of the
/// two means is the overhead. "Analyzers alone" on a fresh compilation also pays for all the binding the analyzer
/// driver forces, so it overstates the cost; it is kept to show that upper bound. Each iteration starts from a fresh
/// compilation of the same parsed trees.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerOverheadBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new StateMachineAnalyzer());
    private IReadOnlyList<SyntaxTree> _trees = null!;

    [GlobalSetup]
    public void Setup()
    {
        _trees = SyntheticProject.Parse();
        var diagnostics = SyntheticProject.Compile(_trees).WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        if (!diagnostics.IsEmpty)
        {
            throw new InvalidDataException("the synthetic project should be clean, got " + diagnostics[0]);
        }
    }

    [Benchmark(Baseline = true, Description = "compile (bind + emit), no analyzers")]
    public bool Compile()
    {
        using var stream = new MemoryStream();
        return SyntheticProject.Compile(_trees).Emit(stream).Success;
    }

    [Benchmark(Description = "compile (bind + emit) with the StepFlow analyzers")]
    public async Task<bool> CompileWithAnalyzers()
    {
        var compilation = SyntheticProject.Compile(_trees);
        var diagnostics = await compilation.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        using var stream = new MemoryStream();
        return compilation.Emit(stream).Success && diagnostics.IsEmpty;
    }

    [Benchmark(Description = "StepFlow analyzers alone, fresh compilation (upper bound)")]
    public Task<ImmutableArray<Diagnostic>> Analyze()
        => SyntheticProject.Compile(_trees).WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync();
}
