using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StepFlow.Generators;

namespace StepFlow.Client.Tests.Generation;

/// <summary>Runs the StepFlow generator over source text, as the compiler would, and compiles the result.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(StateMachineAttribute).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    public sealed record Result(Compilation Output, ImmutableArray<Diagnostic> Errors, string? Client);

    public static Result Run(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Workflows",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new StateMachineGenerator());
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var client = driver.GetRunResult().GeneratedTrees.FirstOrDefault(t => t.FilePath.EndsWith(".Client.g.cs", StringComparison.Ordinal));
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return new Result(output, errors, client?.GetText().ToString());
    }
}
