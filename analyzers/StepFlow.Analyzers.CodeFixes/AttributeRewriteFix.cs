using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace StepFlow.Analyzers.CodeFixes;

/// <summary>A fix that offers one rewrite of the attribute a diagnostic sits on (or inside).</summary>
public abstract class AttributeRewriteFix : CodeFixProvider
{
    private readonly string _title;

    protected AttributeRewriteFix(string diagnosticId, string title)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        _title = title;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (await AttributeFix.FindAsync(context).ConfigureAwait(false) is not { } target || Rewrite(target) is not { } root)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(_title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root)), GetType().Name),
            context.Diagnostics);
    }

    /// <summary>The document's new root, or null when this attribute cannot be fixed this way.</summary>
    private protected abstract SyntaxNode? Rewrite(AttributeFix.Target target);
}
