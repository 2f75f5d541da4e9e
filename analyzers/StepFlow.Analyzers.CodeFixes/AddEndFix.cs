using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace StepFlow.Analyzers.CodeFixes;

/// <summary>SF3001: a state with neither Next nor End ends the workflow: adds End = true.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddEndFix)), Shared]
public sealed class AddEndFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("SF3001");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (await AttributeFix.FindAsync(context).ConfigureAwait(false) is not { } target)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("Add End = true", _ =>
            {
                var updated = StateAttributes.AddNamedArgument(target.Attribute, "End", SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression));
                return Task.FromResult(context.Document.WithSyntaxRoot(target.Root.ReplaceNode(target.Attribute, updated)));
            }, nameof(AddEndFix)),
            context.Diagnostics);
    }
}
