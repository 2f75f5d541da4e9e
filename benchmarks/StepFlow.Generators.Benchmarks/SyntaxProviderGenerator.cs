using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepFlow.Generators.Model;
using StepFlow.Generators.Parsing;
using StepFlow.Generators.Reuse;

namespace StepFlow.Generators.Benchmarks;

/// <summary>
/// The measured alternative to the prescribed design, not shipped: StepFlow's own parse, validation and
/// emitters behind <c>CreateSyntaxProvider</c> instead of ForAttributeWithMetadataName. Its transform asks
/// <see cref="WorkflowReuse"/> before binding anything, so a re-run after an unrelated edit binds no attribute, where
/// ForAttributeWithMetadataName binds every matched class's attributes again in each new compilation. Candidates are
/// every class declaration with an attribute list: binding decides, so aliased and global-using names are found.
/// Classes that turn out not to be workflows are bound again on every run (the synthetic project has none).
/// </summary>
internal sealed class SyntaxProviderGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var workflows = context.SyntaxProvider.CreateSyntaxProvider(
            static (node, _) => node is ClassDeclarationSyntax { AttributeLists.Count: > 0 },
            static (syntax, cancellationToken) => Parse(syntax, cancellationToken));
        StateMachineGenerator.RegisterOutputs(context, workflows);
    }

    private static WorkflowSpec? Parse(GeneratorSyntaxContext syntax, CancellationToken cancellationToken)
    {
        var compilation = syntax.SemanticModel.Compilation;
        if (WorkflowReuse.TryReuse(syntax.Node, compilation) is { } known)
        {
            return known;
        }

        if (syntax.SemanticModel.GetDeclaredSymbol(syntax.Node, cancellationToken) is not INamedTypeSymbol type)
        {
            return null;
        }

        // As ForAttributeWithMetadataName: the [StateMachine] applied on this very declaration.
        var stateMachine = KnownSymbols.For(compilation).StateMachineAttribute;
        foreach (var attribute in type.GetAttributes())
        {
            if (KnownSymbols.Is(attribute, stateMachine)
                && attribute.ApplicationSyntaxReference is { } reference
                && reference.SyntaxTree == syntax.Node.SyntaxTree
                && syntax.Node.Span.Contains(reference.Span))
            {
                return StateMachineGenerator.Parse(syntax.Node, type, attribute, compilation, cancellationToken);
            }
        }

        return null;
    }
}
