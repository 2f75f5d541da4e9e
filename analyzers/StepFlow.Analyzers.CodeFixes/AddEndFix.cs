using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace StepFlow.Analyzers.CodeFixes;

/// <summary>SF3001: a state with neither Next nor End ends the workflow: adds End = true.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddEndFix)), Shared]
public sealed class AddEndFix : AttributeRewriteFix
{
    public AddEndFix()
        : base("SF3001", "Add End = true")
    {
    }

    private protected override SyntaxNode? Rewrite(AttributeFix.Target target)
        => target.Root.ReplaceNode(target.Attribute, StateAttributes.AddNamedArgument(target.Attribute, "End", SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression)));
}
