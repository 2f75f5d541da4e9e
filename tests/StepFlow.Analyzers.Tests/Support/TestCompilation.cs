using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepFlow.Analyzers.Tests.Support;

/// <summary>Compiles test sources against the running runtime and StepFlow, and runs the analyzer over them.</summary>
public static class TestCompilation
{
    public static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    public static CSharpCompilation Create(params string[] sources)
        => CSharpCompilation.Create(
            "Workflows",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Workflow" + i + ".cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(params string[] sources)
    {
        var compilation = Create(sources);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new StateMachineAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = new List<MetadataReference>();
        foreach (var path in paths)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib")
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }
        }

        references.Add(MetadataReference.CreateFromFile(typeof(StateMachineAttribute).Assembly.Location));
        return references.ToImmutableArray();
    }
}
