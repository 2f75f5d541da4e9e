using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace StepFlow.Analyzers.CodeFixes;

/// <summary>
/// SF3015: a Choice without Default fails the run on unmatched input. Offers Default = each other state of the
/// class, Fail states first (the usual "unexpected input" handler).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDefaultFix)), Shared]
public sealed class AddDefaultFix : CodeFixProvider
{
    private const int MaxOffers = 5;

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("SF3015");

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (await AttributeFix.FindAsync(context).ConfigureAwait(false) is not { Method: { } method } target
            || await AttributeFix.ContainingTypeAsync(context.Document, method, context.CancellationToken).ConfigureAwait(false) is not { } type)
        {
            return;
        }

        var states = StateAttributes.Of(type);
        states.RemoveAll(s => s.MemberName == method.Identifier.ValueText);
        states.Sort((a, b) => (a.Kind == "FailAttribute" ? 0 : 1).CompareTo(b.Kind == "FailAttribute" ? 0 : 1));
        for (var i = 0; i < states.Count && i < MaxOffers; i++)
        {
            var state = states[i];
            context.RegisterCodeFix(
                CodeAction.Create("Add Default = " + state.StateName, _ =>
                {
                    var updated = StateAttributes.AddNamedArgument(target.Attribute, "Default", StateAttributes.Reference(state));
                    return Task.FromResult(context.Document.WithSyntaxRoot(target.Root.ReplaceNode(target.Attribute, updated)));
                }, nameof(AddDefaultFix) + state.MemberName),
                context.Diagnostics);
        }
    }
}
