using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StepFlow.Generators.Benchmarks;

/// <summary>
/// Compiles, at run time, an analyzer assembly whose one analyzer registers a named-type symbol action that does
/// nothing: handed to csc next to StepFlow's, it carries the cost Roslyn's analyzer driver adds for any such analyzer.
/// </summary>
internal static class EmptyAnalyzerAssembly
{
    private const string Source = """
        using System.Collections.Immutable;
        using Microsoft.CodeAnalysis;
        using Microsoft.CodeAnalysis.Diagnostics;

        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class EmptySymbolAnalyzer : DiagnosticAnalyzer
        {
            // Enabled, or the driver would skip the analyzer altogether and the baseline would be free.
            private static readonly DiagnosticDescriptor Unused = new("EMPTY0001", "Unused", "Unused", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Unused);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSymbolAction(_ => { }, SymbolKind.NamedType);
            }
        }
        """;

    /// <summary>Writes EmptySymbolAnalyzer.dll into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder)
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = trusted
            .Where(p => Path.GetFileName(p) is "netstandard.dll" or "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Collections.Immutable.dll" or "Microsoft.CodeAnalysis.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "EmptySymbolAnalyzer",
            new[] { CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest)) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var path = Path.Combine(folder, "EmptySymbolAnalyzer.dll");
        var result = compilation.Emit(path);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        }

        return path;
    }
}
