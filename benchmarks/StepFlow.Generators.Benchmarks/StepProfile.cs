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
/// run and for the re-run after an unrelated edit, next to the compiler's own work on the same project. Not a
/// benchmark (no statistics); it tells which step a BenchmarkDotNet figure comes from.
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

            foreach (var depth in new[] { 0, 1, 2, 3 })
            {
                var fresh = Create(trees, references);
                watch.Restart();
                var n = BindWorkflowAttributes(fresh, depth);
                Console.WriteLine($"  floor depth {depth} (0 classes, 1 +members, 2 +first class attributes, 3 all attributes): {watch.Elapsed.TotalMilliseconds:F0} ms ({n})");
            }

            watch.Restart();
            var bound = BindWorkflowAttributes(Create(trees, references), 3);
            Console.WriteLine($"  floor: declared symbols + attributes of every workflow member, fresh compilation: {watch.Elapsed.TotalMilliseconds:F0} ms ({bound} attributes)");

            watch.Restart();
            var emitted = Emit(Create(trees, references));
            Console.WriteLine($"  compiler: emit of the project without generator: {watch.Elapsed.TotalMilliseconds:F0} ms ({emitted} bytes)");
        }
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

    private static int BindWorkflowAttributes(Compilation compilation, int depth)
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
