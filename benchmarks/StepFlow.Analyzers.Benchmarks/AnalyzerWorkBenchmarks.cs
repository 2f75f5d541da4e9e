using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StepFlow.Generators.Parsing;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>
/// What StepFlow's analyzer costs a warm build (the compiler server's and the IDE's steady state): its symbol action,
/// run on every named type of the synthetic project once the compiler has bound it, against compiling the project
/// without analyzers (the baseline, same process). The analyzer driver around the action is Roslyn's and costs the
/// same for any symbol analyzer (see <see cref="AnalyzerOverheadBenchmarks"/>; the cold first build is measured with the SDK's csc by the generator benchmarks' `real-csc`).
/// Every iteration analyzes a compilation compiled just before it, as a build does: analyzing one compilation over
/// and over keeps its symbols in the processor's caches and leaves the collector nothing of the compiler's to
/// promote, and measured the action at about two thirds of its cost in a build (kept as the last row for that reason).
/// Sixty warm-up iterations let the JIT's tiering finish for every row, the compile included: after twenty, the
/// baseline still ran partly unoptimized (340 to 390 ms against 222 ms after sixty, same machine and day), which
/// flattered the ratio (10% to 12% instead of 19%). See docs/build-cost.md.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(60)]
[IterationCount(15)]
[InvocationCount(1)]
public class AnalyzerWorkBenchmarks
{
    private IReadOnlyList<SyntaxTree> _trees = null!;
    private (Compilation Compilation, List<INamedTypeSymbol> Types) _fresh;
    private (Compilation Compilation, List<INamedTypeSymbol> Types) _reused;

    [GlobalSetup]
    public void Setup()
    {
        _trees = SyntheticProject.Parse();
        _reused = CompileAndBind();
        if (AnalyzeAll(_reused.Compilation, _reused.Types) != 0)
        {
            throw new InvalidDataException("the synthetic project should be clean");
        }
    }

    [IterationSetup(Target = nameof(StepFlowAnalysis))]
    public void CompileBeforeAnalysis() => _fresh = CompileAndBind();

    [Benchmark(Baseline = true, Description = "compile (bind + emit), no analyzers")]
    public Task<bool> Compile() => CscBuild.RunAsync(_trees, ImmutableArray<DiagnosticAnalyzer>.Empty);

    [Benchmark(Description = "StepFlow's symbol action on every type, compilation just compiled")]
    public int StepFlowAnalysis() => AnalyzeAll(_fresh.Compilation, _fresh.Types);

    [Benchmark(Description = "the same, one compilation analyzed again and again (hot caches)")]
    public int StepFlowAnalysisHot() => AnalyzeAll(_reused.Compilation, _reused.Types);

    /// <summary>A compilation of the project after its emit (everything bound), and its types, listed outside the measurement as the driver lists them.</summary>
    private (Compilation, List<INamedTypeSymbol>) CompileAndBind()
    {
        var compilation = SyntheticProject.Compile(_trees);
        using var stream = new MemoryStream();
        if (!compilation.Emit(stream).Success)
        {
            throw new InvalidDataException("the synthetic project should compile");
        }

        return (compilation, SourceTypes.Of(compilation));
    }

    /// <summary>The symbol action on every source type, with the per-compilation setup the analyzer's start action does.</summary>
    internal static int AnalyzeAll(Compilation compilation, List<INamedTypeSymbol> types)
    {
        var known = KnownSymbols.For(compilation);
        var reported = 0;
        foreach (var type in types)
        {
            StateMachineAnalyzer.Analyze(type, compilation, known, _ => reported++, CancellationToken.None);
        }

        return reported;
    }
}
