using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepFlow.Asl.Validation.Syntax;

namespace StepFlow.Analyzers.CodeFixes;

/// <summary>
/// SF5023: an unquoted word in a JSONPath filter; puts single quotes around it. Single quotes need no escaping in any
/// C# string form or in JSON text, so the word is quoted where it stands in the literal's source text.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(QuoteFilterWordFix)), Shared]
public sealed class QuoteFilterWordFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("SF5023");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not { } node
            || node.DescendantNodesAndSelf().OfType<LiteralExpressionSyntax>().FirstOrDefault() is not { } literal
            || !literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return;
        }

        var text = literal.Token.Text;
        var from = context.Span.Start > literal.SpanStart ? context.Span.Start - literal.SpanStart : 0;
        if (!FilterWords.FirstUnquotedAt(text, from, out var start, out var length))
        {
            return;
        }

        var word = text.Substring(start, length);
        var quoted = text.Substring(0, start) + "'" + word + "'" + text.Substring(start + length);
        if (SyntaxFactory.ParseExpression(quoted) is not LiteralExpressionSyntax replacement || replacement.ContainsDiagnostics)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Quote '" + word + "'",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, replacement.WithTriviaFrom(literal)))),
                nameof(QuoteFilterWordFix)),
            context.Diagnostics);
    }
}
