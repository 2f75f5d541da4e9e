using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation;
using StepFlow.Generators.Parsing;

namespace StepFlow.Analyzers;

/// <summary>
/// Reports every problem of a [StateMachine] class at build time, on the attribute argument at fault: it parses the
/// class with the generator's parser, runs the shared rule engine over the ASL, and adds the checks only C# allows.
/// One symbol action per workflow type; nothing scans whole syntax trees.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StateMachineAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var known = KnownSymbols.For(start.Compilation);
            if (known.StateMachineAttribute is null)
            {
                return;
            }

            start.RegisterSymbolAction(
                symbol => Analyze((INamedTypeSymbol)symbol.Symbol, symbol.Compilation, known, symbol.ReportDiagnostic, symbol.CancellationToken),
                SymbolKind.NamedType);
        });
    }

    /// <summary>
    /// The symbol action's work on one type: what the analyzer costs a build, and what its benchmark calls directly
    /// (the analyzer driver around it is Roslyn's, paid by any symbol analyzer).
    /// </summary>
    internal static void Analyze(INamedTypeSymbol type, Compilation compilation, KnownSymbols known, System.Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        AttributeData? machine = null;
        foreach (var attribute in type.GetAttributes())
        {
            if (KnownSymbols.Is(attribute, known.StateMachineAttribute))
            {
                machine = attribute;
            }
        }

        if (machine is null)
        {
            return;
        }

        using var sink = new OriginSink();
        var spec = new WorkflowParser(known, sink, cancellationToken).Parse(type, machine);
        var reporter = new DiagnosticReporter(compilation, report);
        var resolver = spec is null ? null : new LocationResolver(sink, spec.Definition, type, cancellationToken);

        CodeFirstChecks.ClassIsPartial(type, reporter);
        foreach (var problem in sink.Problems)
        {
            var descriptor = ParseProblems.DescriptorFor(problem.Kind);
            var location = resolver?.Locate(problem.Attribute, problem.Argument, cancellationToken) ?? LocationResolver.SymbolLocation(problem.Symbol);
            reporter.Report(descriptor, location, Format(descriptor, problem.Message));
        }

        if (spec is null || resolver is null)
        {
            return;
        }

        var graph = StateGraph.From(spec.Definition);
        CodeFirstChecks.Run(type, known, sink, graph, reporter, cancellationToken);
        foreach (var finding in AslValidator.Validate(spec.Definition, graph, new AslValidationOptions(spec.IsExpress)))
        {
            reporter.ReportFinding(finding.Rule, resolver.Locate(finding.Target, finding.Within), finding.Message);
        }
    }

    /// <summary>Code-first descriptors wrap the parser's message with their advice; engine ids take it as is.</summary>
    private static string Format(AslRuleDescriptor descriptor, string message)
    {
        foreach (var codeFirst in CodeFirstRules.All)
        {
            if (ReferenceEquals(codeFirst, descriptor))
            {
                return string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat, message);
            }
        }

        return message;
    }
}
