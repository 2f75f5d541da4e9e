using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>
/// Registers the same symbol action as the StepFlow analyzer and does nothing: the analyzer driver's own cost
/// (producing and dispatching the symbol events), to subtract from the StepFlow pass. Its one descriptor must be
/// enabled: the driver skips an analyzer whose every diagnostic is disabled, which would make this baseline free.
/// </summary>
/// <remarks>Instantiated directly, never loaded by a compiler, so it carries no [DiagnosticAnalyzer] and no release tracking.</remarks>
#pragma warning disable RS1001, RS2008 // benchmark-only: created directly, never loaded by a compiler or shipped
public sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Unused = new("BENCH0001", "Unused", "Unused", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
#pragma warning restore RS2008

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Unused);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSymbolAction(_ => { }, SymbolKind.NamedType);
    }
}
#pragma warning restore RS1001
