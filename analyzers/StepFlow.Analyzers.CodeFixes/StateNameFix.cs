using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepFlow.Asl.Validation;

namespace StepFlow.Analyzers.CodeFixes;

/// <summary>
/// SF2001/SF1004: a transition to an unknown state: replaces it with the closest state of the class, written as
/// nameof(Member) so later renames flow through.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StateNameFix)), Shared]
public sealed class StateNameFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("SF2001", "SF1004");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (await AttributeFix.FindAsync(context).ConfigureAwait(false) is not { Argument: { } argument } target
            || await AttributeFix.ContainingTypeAsync(context.Document, target.Attribute, context.CancellationToken).ConfigureAwait(false) is not { } type)
        {
            return;
        }

        var written = argument.Expression switch
        {
            LiteralExpressionSyntax literal => literal.Token.ValueText,
            InvocationExpressionSyntax { ArgumentList.Arguments: [var only] } => only.Expression.ToString(),
            _ => null,
        };
        if (written is null)
        {
            return;
        }

        var states = StateAttributes.Of(type);
        var names = new List<string>();
        foreach (var state in states)
        {
            names.Add(state.StateName);
        }

        if (NameSuggestions.Closest(written, names) is not { } closest)
        {
            return;
        }

        var chosen = states.Find(s => s.StateName == closest);
        context.RegisterCodeFix(
            CodeAction.Create("Go to '" + closest + "'", _ =>
            {
                var replacement = StateAttributes.Reference(chosen).WithTriviaFrom(argument.Expression);
                return Task.FromResult(context.Document.WithSyntaxRoot(target.Root.ReplaceNode(argument.Expression, replacement)));
            }, nameof(StateNameFix)),
            context.Diagnostics);
    }
}
