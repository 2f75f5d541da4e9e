using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>
/// What the analyzers add to a build of the synthetic project, measured as csc runs them: the analyzers are attached
/// to the compilation that is emitted (so they read the binding the emit did), then their pass drains the queued
/// events. The overhead is (StepFlow - empty analyzer) / compile: the empty analyzer registers the same symbol
/// action and does nothing, so it carries the analyzer driver's own cost. Each iteration starts from a fresh
/// compilation of the same parsed trees. On this 2-core machine the two analyzer rows differ by less than their error;
/// <see cref="AnalyzerWorkBenchmarks"/> measures StepFlow's part directly.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(60)]
public class AnalyzerOverheadBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> StepFlowAnalyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new StateMachineAnalyzer());
    private static readonly ImmutableArray<DiagnosticAnalyzer> EmptyAnalyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer());
    private IReadOnlyList<SyntaxTree> _trees = null!;

    [GlobalSetup]
    public void Setup()
    {
        _trees = SyntheticProject.Parse();
        var diagnostics = SyntheticProject.Compile(_trees).WithAnalyzers(StepFlowAnalyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        if (!diagnostics.IsEmpty)
        {
            throw new InvalidDataException("the synthetic project should be clean, got " + diagnostics[0]);
        }
    }

    [Benchmark(Baseline = true, Description = "compile (bind + emit), no analyzers")]
    public Task<bool> Compile() => CscBuild.RunAsync(_trees, ImmutableArray<DiagnosticAnalyzer>.Empty);

    [Benchmark(Description = "compile + empty symbol-action analyzer (driver cost)")]
    public Task<bool> CompileWithEmptyAnalyzer() => CscBuild.RunAsync(_trees, EmptyAnalyzers);

    [Benchmark(Description = "compile + StepFlow analyzers")]
    public Task<bool> CompileWithStepFlowAnalyzers() => CscBuild.RunAsync(_trees, StepFlowAnalyzers);
}
