using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepFlow.Analyzers.CodeFixes;

/// <summary>
/// SF4002: States.ALL must be the last retrier or catcher: moves that [Retry]/[Catch] attribute after the method's
/// other attributes of the same kind. (When States.ALL shares a list with other names, the fix is a judgement call
/// and none is offered.)
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveStatesAllLastFix)), Shared]
public sealed class MoveStatesAllLastFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("SF4002");

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (await AttributeFix.FindAsync(context).ConfigureAwait(false) is not { Method: { } method } target
            || target.Attribute.ArgumentList?.Arguments.Count(a => a.NameEquals is null) != 1)
        {
            return;
        }

        var kind = target.Attribute.Name.ToString();
        var lastOfKind = method.AttributeLists.LastOrDefault(list => list.Attributes.Any(a => a.Name.ToString() == kind));
        if (lastOfKind is null || lastOfKind.Attributes.Contains(target.Attribute))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("Move States.ALL last", _ =>
            {
                var tracked = target.Root.TrackNodes(target.Attribute, lastOfKind);
                var moved = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(target.Attribute.WithoutTrivia()))
                    .WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed);
                var attribute = tracked.GetCurrentNode(target.Attribute)!;
                var owner = (AttributeListSyntax)attribute.Parent!;
                tracked = owner.Attributes.Count == 1
                    ? tracked.RemoveNode(owner, SyntaxRemoveOptions.KeepNoTrivia)!
                    : tracked.ReplaceNode(owner, owner.WithAttributes(owner.Attributes.Remove(attribute)));
                var anchor = tracked.GetCurrentNode(lastOfKind)!;
                tracked = tracked.InsertNodesAfter(anchor, new[] { moved.WithLeadingTrivia(anchor.GetLeadingTrivia()) });
                return Task.FromResult(context.Document.WithSyntaxRoot(tracked));
            }, nameof(MoveStatesAllLastFix)),
            context.Diagnostics);
    }
}
