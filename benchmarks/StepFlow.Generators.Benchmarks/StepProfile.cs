using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace StepFlow.Generators.Benchmarks;

/// <summary>
/// `dotnet run -c Release -- profile`: where one generator run spends its time, per tracked pipeline step, for a full
/// run and for the re-run after an unrelated edit, next to the compiler's own work on the same project, and what
/// compiling the generated sources costs (with and without the typed clients, and their local-dispatch methods).
/// Not a benchmark (no statistics); it tells which part a BenchmarkDotNet figure comes from.
/// </summary>
internal static class StepProfile
{
    public static void Run(int rounds)
    {
        var references = SyntheticProject.References();
        for (var round = 0; round < rounds; round++)
        {
            // Parsed anew each round: the generator remembers parses per syntax tree, as a host keeps unchanged trees.
            var trees = SyntheticProject.Parse(100, 20);
            var options = new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new StateMachineGenerator().AsSourceGenerator() }, parseOptions: new CSharpParseOptions(LanguageVersion.Latest), driverOptions: options);

            var compilation = Create(trees, references);
            var watch = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            Print("full run", watch.Elapsed, driver);

            var unrelated = compilation.SyntaxTrees.First(t => t.FilePath == SyntheticProject.UnrelatedFile);
            var edited = compilation.ReplaceSyntaxTree(unrelated, unrelated.WithChangedText(SourceText.From(SyntheticProject.Unrelated(round + 1))));
            watch.Restart();
            driver = driver.RunGenerators(edited);
            Print("after unrelated edit", watch.Elapsed, driver);
            Console.WriteLine($"  re-runs after 50 unrelated edits, median: StepFlow {MedianRerun(new StateMachineGenerator(), SyntheticProject.Parse(100, 20), references):F2} ms, a FAWMN-only generator {MedianRerun(new AttributeOnlyGenerator(), SyntheticProject.Parse(100, 20), references):F2} ms, the syntax-provider prototype {MedianRerun(new SyntaxProviderGenerator(), SyntheticProject.Parse(100, 20), references):F2} ms");

            foreach (var depth in new[] { 0, 1, 2, 3 })
            {
                var fresh = Create(trees, references);
                watch.Restart();
                var n = BindWorkflowAttributes(fresh, depth);
                Console.WriteLine($"  floor depth {depth} (0 classes, 1 +members, 2 +first class attributes, 3 all attributes): {watch.Elapsed.TotalMilliseconds:F0} ms ({n})");
            }

            var prebound = Create(SyntheticProject.Parse(100, 20), references);
            BindWorkflowAttributes(prebound, 3);
            watch.Restart();
            CSharpGeneratorDriver.Create(new[] { new StateMachineGenerator().AsSourceGenerator() }, parseOptions: new CSharpParseOptions(LanguageVersion.Latest)).RunGenerators(prebound);
            Console.WriteLine($"  full run on a compilation whose attributes the compiler already bound (the generator's own work): {watch.Elapsed.TotalMilliseconds:F0} ms");
            watch.Restart();
            var bound = BindWorkflowAttributes(Create(trees, references), 3);
            Console.WriteLine($"  floor: declared symbols + attributes of every workflow member, fresh compilation: {watch.Elapsed.TotalMilliseconds:F0} ms ({bound} attributes)");

            CSharpGeneratorDriver.Create(new[] { new StateMachineGenerator().AsSourceGenerator() }, parseOptions: new CSharpParseOptions(LanguageVersion.Latest))
                .RunGeneratorsAndUpdateCompilation(Create(trees, references), out var withGenerated, out _);
            foreach (var (label, keep) in new (string, Func<SyntaxTree, bool>)[]
            {
                ("all generated sources", _ => true),
                ("without the clients", t => !t.FilePath.EndsWith(".Client.g.cs", StringComparison.Ordinal)),
                ("without any generated source", t => trees.Contains(t)),
                ("clients without local dispatch", t => true),
                ("clients without the client class", t => true),
            })
            {
                var chosen = withGenerated.SyntaxTrees.Where(keep).ToList();
                if (label.StartsWith("clients without", StringComparison.Ordinal))
                {
                    chosen = chosen.Select(t => t.FilePath.EndsWith(".Client.g.cs", StringComparison.Ordinal) ? Cut(t, label.EndsWith("dispatch", StringComparison.Ordinal)) : t).ToList();
                }

                var subset = Create(chosen, references);
                // Allocation is the steadier measure on a shared machine: wall time of one emit varies twofold here.
                GC.Collect();
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                watch.Restart();
                Emit(subset);
                var elapsed = watch.Elapsed;
                var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024.0 * 1024.0);
                var errors = subset.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Console.WriteLine($"  compiler: emit with {label}: {elapsed.TotalMilliseconds:F0} ms, {allocated:F0} MB allocated, {errors.Count} errors {errors.FirstOrDefault()}");
            }

            watch.Restart();
            var emitted = Emit(Create(trees, references));
            Console.WriteLine($"  compiler: emit of the project without generator: {watch.Elapsed.TotalMilliseconds:F0} ms ({emitted} bytes)");
        }
    }

    /// <summary>The median re-run of <paramref name="generator"/> over 50 successive edits to the unrelated file.</summary>
    private static double MedianRerun(IIncrementalGenerator generator, IReadOnlyList<SyntaxTree> trees, IReadOnlyList<MetadataReference> references)
    {
        var compilation = Create(trees, references);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { generator.AsSourceGenerator() }, parseOptions: new CSharpParseOptions(LanguageVersion.Latest));
        driver = driver.RunGenerators(compilation);
        var times = new List<double>();
        for (var edit = 1; edit <= 50; edit++)
        {
            var unrelated = compilation.SyntaxTrees.First(t => t.FilePath == SyntheticProject.UnrelatedFile);
            compilation = compilation.ReplaceSyntaxTree(unrelated, unrelated.WithChangedText(SourceText.From(SyntheticProject.Unrelated(edit))));
            var watch = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static SyntaxTree Cut(SyntaxTree tree, bool dropDispatch)
    {
        var text = tree.ToString();
        var boundary = text.IndexOf("/// <summary>\n/// The typed client", StringComparison.Ordinal);
        var dispatchStart = text.IndexOf("partial class", StringComparison.Ordinal);
        var cut = dropDispatch ? text.Substring(0, dispatchStart) + text.Substring(boundary) : text.Substring(0, boundary) + "}\n";
        return CSharpSyntaxTree.ParseText(cut, (CSharpParseOptions)tree.Options, tree.FilePath);
    }

    private static CSharpCompilation Create(IReadOnlyList<SyntaxTree> trees, IReadOnlyList<MetadataReference> references)
        => CSharpCompilation.Create("Synthetic", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static void Print(string label, TimeSpan total, GeneratorDriver driver)
    {
        Console.WriteLine($"{label}: {total.TotalMilliseconds:F0} ms");
        var result = driver.GetRunResult().Results[0];
        foreach (var step in result.TrackedSteps.OrderBy(s => s.Key))
        {
            var elapsed = step.Value.Sum(s => s.ElapsedTime.TotalMilliseconds);
            Console.WriteLine($"  {step.Key,-40} {elapsed,8:F1} ms over {step.Value.Length} runs");
        }
    }

    internal static int BindWorkflowAttributes(Compilation compilation, int depth)
    {
        var count = 0;
        var first = true;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var type in tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(type) is not { } symbol)
                {
                    continue;
                }

                count++;
                if (depth == 0)
                {
                    continue;
                }

                foreach (var member in symbol.GetMembers())
                {
                    count++;
                    if (depth == 3 || (depth == 2 && first))
                    {
                        count += member.GetAttributes().Length;
                    }
                }

                first = false;
            }
        }

        return count;
    }

    private static long Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        compilation.Emit(stream);
        return stream.Length;
    }
}
