using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepFlow.Analyzers.CodeFixes;

/// <summary>Finds what a diagnostic on an attribute (or one of its arguments) points at.</summary>
internal static class AttributeFix
{
    public readonly record struct Target(SyntaxNode Root, AttributeSyntax Attribute, AttributeArgumentSyntax? Argument, MethodDeclarationSyntax? Method);

    public static async Task<Target?> FindAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var node = root?.FindNode(context.Span, getInnermostNodeForTie: true);
        if (root is null || node?.FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute)
        {
            return null;
        }

        return new Target(root, attribute, node.FirstAncestorOrSelf<AttributeArgumentSyntax>(), attribute.FirstAncestorOrSelf<MethodDeclarationSyntax>());
    }

    public static async Task<INamedTypeSymbol?> ContainingTypeAsync(Document document, SyntaxNode node, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return node.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } declaration ? model?.GetDeclaredSymbol(declaration, cancellationToken) as INamedTypeSymbol : null;
    }
}
