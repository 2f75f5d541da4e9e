using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>
/// Compiling the synthetic project (bind and emit) against running the StepFlow analyzers over it. Each iteration
/// starts from a fresh compilation of the same parsed trees, so neither side reuses the other's binding; the
/// analyzer figure therefore includes the binding it needs (attributes, symbols), which overstates its cost.
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

    [Benchmark(Description = "StepFlow analyzers only")]
    public Task<ImmutableArray<Diagnostic>> Analyze()
        => SyntheticProject.Compile(_trees).WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync();
}
