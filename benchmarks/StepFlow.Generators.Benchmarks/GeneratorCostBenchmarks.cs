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
/// Sixty warm-up iterations let the JIT's tiering finish on both sides of each ratio (`steady` shows it settling
/// after 20 to 30 rounds, and the analyzer benchmarks' compile baseline still ran partly unoptimized after twenty);
/// with the three of a short job, the figures mixed tier-0 and optimized code.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(60)]
[IterationCount(10)]
public class GeneratorCostBenchmarks
{
    private IReadOnlyList<SyntaxTree> _trees = null!;
    private IReadOnlyList<MetadataReference> _references = null!;
    private GeneratorDriver _warmDriver = null!;
    private CSharpCompilation _edited = null!;
    private Compilation _editedWithoutGenerator = null!;
    private GeneratorDriver _sessionDriver = null!;
    private GeneratorDriver _floorDriver = null!;
    private GeneratorDriver _driverFloorDriver = null!;
    private GeneratorDriver _syntaxProviderDriver = null!;
    private CSharpCompilation _editedAgain = null!;
    private CSharpCompilation _bound = null!;

    [Params(100)]
    public int Workflows { get; set; }

    [Params(20)]
    public int States { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _trees = SyntheticProject.Parse(Workflows, States);
        _references = SyntheticProject.References();

        // The prototype's rows measure the same work only if it produces the same files. It reads trees of its own:
        // on the shipped run's trees it would only hand back that run's parses from the cache (WorkflowReuse).
        var shipped = CreateDriver().RunGenerators(NewCompilation()).GetRunResult().GeneratedTrees;
        var prototypeInput = CSharpCompilation.Create("Synthetic", SyntheticProject.Parse(Workflows, States), _references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var prototype = CSharpGeneratorDriver.Create(new[] { new SyntaxProviderGenerator().AsSourceGenerator() }, parseOptions: new CSharpParseOptions(LanguageVersion.Latest))
            .RunGenerators(prototypeInput).GetRunResult().GeneratedTrees;
        if (shipped.Length == 0 || !shipped.Select(t => t.ToString()).SequenceEqual(prototype.Select(t => t.ToString())))
        {
            throw new System.InvalidOperationException($"The syntax-provider prototype generated {prototype.Length} files, StepFlow's generator {shipped.Length}, or different text.");
        }
    }

    /// <summary>
    /// Full runs see newly parsed trees, as a command-line build does: the generator remembers parses per syntax tree
    /// (see WorkflowReuse), and trees kept from an earlier iteration would turn a full run into a re-run.
    /// </summary>
    [IterationSetup(Targets = new[] { nameof(CompileWithGenerator), nameof(GeneratorFullRunAlone), nameof(SyntaxProviderGeneratorFullRunAlone) })]
    public void PrepareFullRun() => _trees = SyntheticProject.Parse(Workflows, States);

    [IterationSetup(Targets = new[] { nameof(CompileWithGeneratorAfterUnrelatedEdit), nameof(CompileWithoutGeneratorAfterUnrelatedEdit), nameof(GeneratorRerunAfterUnrelatedEditAlone) })]
    public void PrepareIncremental()
    {
        _trees = SyntheticProject.Parse(Workflows, States);
        // The driver has seen the project once; the measured build sees it after one unrelated file changed.
        _warmDriver = CreateDriver().RunGeneratorsAndUpdateCompilation(NewCompilation(), out var previous, out _);
        var compilation = NewCompilation();
        var unrelated = compilation.SyntaxTrees.First(t => t.FilePath == SyntheticProject.UnrelatedFile);
        _edited = compilation.ReplaceSyntaxTree(unrelated, unrelated.WithChangedText(SourceText.From(SyntheticProject.Unrelated(1))));

        // The baseline compiles exactly what the incremental build compiles: the edited project plus the sources the
        // generator produced before, only without running the generator.
        _editedWithoutGenerator = _edited.AddSyntaxTrees(previous.SyntaxTrees.Skip(_trees.Count));
    }

    /// <summary>
    /// An editing session: the drivers have seen the project and one unrelated edit; the measured re-run follows a
    /// second edit. The first re-run after a full run also pays for garbage the full run left, which an IDE session
    /// pays once. Run for StepFlow's generator and for a generator that only finds the same classes with
    /// ForAttributeWithMetadataName (the floor Roslyn sets for any such generator).
    /// </summary>
    [IterationSetup(Targets = new[] { nameof(GeneratorRerunInEditingSessionAlone), nameof(AttributeOnlyGeneratorRerunInEditingSession), nameof(SyntaxOnlyGeneratorRerunInEditingSession), nameof(SyntaxProviderGeneratorRerunInEditingSession) })]
    public void PrepareEditingSession()
    {
        _trees = SyntheticProject.Parse(Workflows, States);
        var compilation = NewCompilation();
        var first = Edit(compilation, 1);
        _editedAgain = Edit(first, 2);
        _sessionDriver = CreateDriver().RunGenerators(compilation).RunGenerators(first);
        _floorDriver = CSharpGeneratorDriver.Create(new[] { new AttributeOnlyGenerator().AsSourceGenerator() }, parseOptions: new CSharpParseOptions(LanguageVersion.Latest))
            .RunGenerators(compilation).RunGenerators(first);
        _driverFloorDriver = CSharpGeneratorDriver.Create(new[] { new SyntaxOnlyGenerator().AsSourceGenerator() }, parseOptions: new CSharpParseOptions(LanguageVersion.Latest))
            .RunGenerators(compilation).RunGenerators(first);
        _syntaxProviderDriver = CSharpGeneratorDriver.Create(new[] { new SyntaxProviderGenerator().AsSourceGenerator() }, parseOptions: new CSharpParseOptions(LanguageVersion.Latest))
            .RunGenerators(compilation).RunGenerators(first);
    }

    /// <summary>A new compilation whose workflow members' attributes are already bound, as the compiler would bind them.</summary>
    [IterationSetup(Targets = new[] { nameof(GeneratorFullRunOnBoundCompilation) })]
    public void PrepareBound()
    {
        _trees = SyntheticProject.Parse(Workflows, States);
        _bound = NewCompilation();
        StepProfile.BindWorkflowAttributes(_bound, 3);
    }

    [Benchmark(Baseline = true, Description = "compile without generator")]
    public long CompileWithoutGenerator() => Emit(NewCompilation());

    [Benchmark(Description = "compile with generator (full run)")]
    public long CompileWithGenerator()
    {
        CreateDriver().RunGeneratorsAndUpdateCompilation(NewCompilation(), out var output, out _);
        return Emit(output);
    }

    /// <summary>
    /// The build after an edit: the warm driver re-runs on the new compilation, then the compiler emits it. Binding
    /// the attributes is shared between the generator and the compiler, as in a real build.
    /// </summary>
    [Benchmark(Description = "compile with generator after unrelated edit")]
    public long CompileWithGeneratorAfterUnrelatedEdit()
    {
        _warmDriver.RunGeneratorsAndUpdateCompilation(_edited, out var output, out _);
        return Emit(output);
    }

    [Benchmark(Description = "compile without generator after unrelated edit")]
    public long CompileWithoutGeneratorAfterUnrelatedEdit() => Emit(_editedWithoutGenerator);

    /// <summary>The generator's own share of the build after an edit: the warm driver's re-run, nothing emitted.</summary>
    [Benchmark(Description = "generator re-run after unrelated edit alone")]
    public int GeneratorRerunAfterUnrelatedEditAlone() => _warmDriver.RunGenerators(_edited).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "generator re-run in an editing session alone")]
    public int GeneratorRerunInEditingSessionAlone() => _sessionDriver.RunGenerators(_editedAgain).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "FAWMN-only generator re-run in an editing session (floor)")]
    public int AttributeOnlyGeneratorRerunInEditingSession() => _floorDriver.RunGenerators(_editedAgain).GetRunResult().Results.Length;

    [Benchmark(Description = "syntax-only generator re-run in an editing session (the driver's floor)")]
    public int SyntaxOnlyGeneratorRerunInEditingSession() => _driverFloorDriver.RunGenerators(_editedAgain).GetRunResult().Results.Length;

    [Benchmark(Description = "generator full run alone")]
    public int GeneratorFullRunAlone() => CreateDriver().RunGenerators(NewCompilation()).GetRunResult().GeneratedTrees.Length;

    /// <summary>
    /// The full run less Roslyn's binding of the member attributes (done in the setup): what StepFlow's own code and
    /// ForAttributeWithMetadataName cost. The full run minus this is the floor any generator reading the attributes
    /// through symbols pays in a compilation of its own.
    /// </summary>
    [Benchmark(Description = "generator full run on a compilation whose member attributes are bound")]
    public int GeneratorFullRunOnBoundCompilation() => CreateDriver().RunGenerators(_bound).GetRunResult().GeneratedTrees.Length;

    /// <summary>The measured alternative (not shipped): StepFlow's pipeline behind CreateSyntaxProvider; see <see cref="SyntaxProviderGenerator"/>.</summary>
    [Benchmark(Description = "syntax-provider prototype re-run in an editing session")]
    public int SyntaxProviderGeneratorRerunInEditingSession() => _syntaxProviderDriver.RunGenerators(_editedAgain).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "syntax-provider prototype full run alone")]
    public int SyntaxProviderGeneratorFullRunAlone()
        => CSharpGeneratorDriver.Create(new[] { new SyntaxProviderGenerator().AsSourceGenerator() }, parseOptions: new CSharpParseOptions(LanguageVersion.Latest))
            .RunGenerators(NewCompilation()).GetRunResult().GeneratedTrees.Length;

    private static CSharpCompilation Edit(CSharpCompilation compilation, int version)
    {
        var unrelated = compilation.SyntaxTrees.First(t => t.FilePath == SyntheticProject.UnrelatedFile);
        return compilation.ReplaceSyntaxTree(unrelated, unrelated.WithChangedText(SourceText.From(SyntheticProject.Unrelated(version))));
    }

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
