using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace StepFlow.Analyzers.CodeFixes;

/// <summary>SF3012: the heartbeat must be shorter than the timeout; swaps the two values.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HeartbeatTimeoutFix)), Shared]
public sealed class HeartbeatTimeoutFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("SF3012");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (await AttributeFix.FindAsync(context).ConfigureAwait(false) is not { } target
            || LocationResolver.FindArgument(target.Attribute, "HeartbeatSeconds") is not { } heartbeat
            || LocationResolver.FindArgument(target.Attribute, "TimeoutSeconds") is not { } timeout)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("Swap HeartbeatSeconds and TimeoutSeconds", _ =>
            {
                var root = target.Root.ReplaceNodes(
                    new[] { heartbeat.Expression, timeout.Expression },
                    (original, _) => ReferenceEquals(original, heartbeat.Expression)
                        ? timeout.Expression.WithTriviaFrom(original)
                        : heartbeat.Expression.WithTriviaFrom(original));
                return Task.FromResult(context.Document.WithSyntaxRoot(root));
            }, nameof(HeartbeatTimeoutFix)),
            context.Diagnostics);
    }
}
