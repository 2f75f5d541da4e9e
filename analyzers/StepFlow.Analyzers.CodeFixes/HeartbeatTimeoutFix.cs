using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace StepFlow.Analyzers.CodeFixes;

/// <summary>SF3012: the heartbeat must be shorter than the timeout; swaps the two values.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HeartbeatTimeoutFix)), Shared]
public sealed class HeartbeatTimeoutFix : AttributeRewriteFix
{
    public HeartbeatTimeoutFix()
        : base("SF3012", "Swap HeartbeatSeconds and TimeoutSeconds")
    {
    }

    private protected override SyntaxNode? Rewrite(AttributeFix.Target target)
    {
        if (LocationResolver.FindArgument(target.Attribute, "HeartbeatSeconds") is not { } heartbeat
            || LocationResolver.FindArgument(target.Attribute, "TimeoutSeconds") is not { } timeout)
        {
            return null;
        }

        return target.Root.ReplaceNodes(
            new[] { heartbeat.Expression, timeout.Expression },
            (original, _) => (ReferenceEquals(original, heartbeat.Expression) ? timeout.Expression : heartbeat.Expression).WithTriviaFrom(original));
    }
}
