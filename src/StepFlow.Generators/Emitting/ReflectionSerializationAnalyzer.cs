using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepFlow.Generators.Emitting;

/// <summary>
/// SF1901: in a project that trims or publishes Native AOT, a workflow without a JsonSerializerContext gets a
/// client that serializes with reflection. The generated constructor's [RequiresUnreferencedCode] already warns
/// where it is called; this says so on the workflow itself, where the fix (SerializerContext = ...) goes.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReflectionSerializationAnalyzer : DiagnosticAnalyzer
{
    public const string DiagnosticId = "SF1901";

    internal static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Workflow client serializes with reflection in a trimmed or AOT project",
        "The client of '{0}' serializes its payloads with reflection, which trimming and Native AOT do not support; set [StateMachine(SerializerContext = typeof(...))] to a JsonSerializerContext that lists its input and output types",
        "StepFlow.Client",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: "https://github.com/stepflow/stepflow/blob/main/docs/diagnostics/SF1901.md");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var options = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            var attributeType = start.Compilation.GetTypeByMetadataName(KnownNames.StateMachineAttribute);
            if (attributeType is null || !(IsTrue(options, "build_property.EnableTrimAnalyzer") || IsTrue(options, "build_property.EnableAotAnalyzer")))
            {
                return;
            }

            start.RegisterSymbolAction(symbolContext => Check(symbolContext, attributeType), SymbolKind.NamedType);
        });
    }

    private static void Check(SymbolAnalysisContext context, INamedTypeSymbol attributeType)
    {
        foreach (var attribute in context.Symbol.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                continue;
            }

            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == "SerializerContext" && argument.Value.Value is not null)
                {
                    return;
                }
            }

            var location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? context.Symbol.Locations[0];
            context.ReportDiagnostic(Diagnostic.Create(Rule, location, context.Symbol.Name));
        }
    }

    private static bool IsTrue(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase);
}
