using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace StepFlow.Generators.Benchmarks;

/// <summary>
/// What the generator adds to a build of 100 workflows x 20 states, against compiling the same project without it
/// (the baseline, in the same process): a full run, and a re-run after an edit to an unrelated file.
/// </summary>
[MemoryDiagnoser]
public class GeneratorCostBenchmarks
{
    private IReadOnlyList<SyntaxTree> _trees = null!;
    private IReadOnlyList<MetadataReference> _references = null!;
    private GeneratorDriver _warmDriver = null!;
    private CSharpCompilation _edited = null!;

    [Params(100)]
    public int Workflows { get; set; }

    [Params(20)]
    public int States { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _trees = SyntheticProject.Parse(Workflows, States);
        _references = SyntheticProject.References();
    }

    [IterationSetup(Target = nameof(GeneratorRerunAfterUnrelatedEdit))]
    public void PrepareIncremental()
    {
        // The driver has seen the project once; the measured run sees it after one unrelated file changed.
        _warmDriver = CreateDriver().RunGenerators(NewCompilation());
        var compilation = NewCompilation();
        var unrelated = compilation.SyntaxTrees.First(t => t.FilePath == SyntheticProject.UnrelatedFile);
        _edited = compilation.ReplaceSyntaxTree(unrelated, unrelated.WithChangedText(SourceText.From(SyntheticProject.Unrelated(1))));
    }

    [Benchmark(Baseline = true, Description = "compile without generator")]
    public long CompileWithoutGenerator() => Emit(NewCompilation());

    [Benchmark(Description = "compile with generator (full run)")]
    public long CompileWithGenerator()
    {
        CreateDriver().RunGeneratorsAndUpdateCompilation(NewCompilation(), out var output, out _);
        return Emit(output);
    }

    [Benchmark(Description = "generator re-run after unrelated edit")]
    public int GeneratorRerunAfterUnrelatedEdit() => _warmDriver.RunGenerators(_edited).GetRunResult().GeneratedTrees.Length;

    private CSharpCompilation NewCompilation()
        => CSharpCompilation.Create("Synthetic", _trees, _references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(new[] { new StateMachineGenerator().AsSourceGenerator() }, parseOptions: new CSharpParseOptions(LanguageVersion.Latest));

    private static long Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new System.InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        return stream.Length;
    }
}
