using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace StepFlow.Analyzers;

/// <summary>
/// Maps a span of a string constant's value back into the literal that wrote it, so a fault inside JSON text is
/// underlined where it is. Regular, verbatim and raw literals are aligned character by character (escapes and raw
/// indentation are skipped); when the value cannot be aligned (\n escapes, concatenation, constants), null.
/// </summary>
internal static class LiteralSpans
{
    public static TextSpan? Map(ExpressionSyntax expression, int start, int length)
    {
        if (expression is not LiteralExpressionSyntax { Token: var token } || !token.IsKind(SyntaxKind.StringLiteralToken)
            && !token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) && !token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
        {
            return null;
        }

        var text = token.Text;
        var value = token.ValueText;
        if (start < 0 || length <= 0 || start + length > value.Length)
        {
            return null;
        }

        var position = OpeningLength(text);
        int? first = null;
        for (var i = 0; i < start + length; i++)
        {
            while (position < text.Length && text[position] != value[i])
            {
                position++;
            }

            if (position >= text.Length)
            {
                return null;
            }

            if (i == start)
            {
                first = position;
            }

            position++;
        }

        return first is { } begin ? TextSpan.FromBounds(token.SpanStart + begin, token.SpanStart + position) : null;
    }

    private static int OpeningLength(string text)
    {
        var position = text.StartsWith("@", System.StringComparison.Ordinal) ? 1 : 0;
        while (position < text.Length && text[position] == '"')
        {
            position++;
        }

        return position;
    }
}
