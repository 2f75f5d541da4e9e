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
/// Twenty warm-up iterations let the JIT's tiering finish for both rows: fewer measure tier-0 code (see docs/build-cost.md).
/// </summary>
[MemoryDiagnoser]
[WarmupCount(20)]
[IterationCount(15)]
public class AnalyzerWorkBenchmarks
{
    private IReadOnlyList<SyntaxTree> _trees = null!;
    private Compilation _bound = null!;
    private KnownSymbols _known = null!;
    private readonly List<INamedTypeSymbol> _types = new();

    [GlobalSetup]
    public void Setup()
    {
        _trees = SyntheticProject.Parse();
        _bound = SyntheticProject.Compile(_trees);
        using (var stream = new MemoryStream())
        {
            _bound.Emit(stream);
        }

        _known = KnownSymbols.Create(_bound);
        Collect(_bound.Assembly.GlobalNamespace);
        if (AnalyzeAll() != 0)
        {
            throw new InvalidDataException("the synthetic project should be clean");
        }
    }

    [Benchmark(Baseline = true, Description = "compile (bind + emit), no analyzers")]
    public Task<bool> Compile() => CscBuild.RunAsync(_trees, ImmutableArray<DiagnosticAnalyzer>.Empty);

    [Benchmark(Description = "StepFlow's symbol action on every type, bound project")]
    public int StepFlowAnalysis() => AnalyzeAll();

    private int AnalyzeAll()
    {
        var reported = 0;
        foreach (var type in _types)
        {
            StateMachineAnalyzer.Analyze(type, _bound, _known, _ => reported++, CancellationToken.None);
        }

        return reported;
    }

    private void Collect(INamespaceSymbol space)
    {
        foreach (var member in space.GetMembers())
        {
            if (member is INamespaceSymbol inner)
            {
                Collect(inner);
            }
            else if (member is INamedTypeSymbol type && type.Locations.Length > 0 && type.Locations[0].IsInSource)
            {
                _types.Add(type);
            }
        }
    }
}
