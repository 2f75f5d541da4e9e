using System.Collections.Generic;

namespace StepFlow.Asl.Validation.Syntax;

/// <summary>
/// Structural checks of <c>{% %}</c> JSONata strings: exact delimiters, a non-empty body, balanced brackets,
/// closed strings and comments. <see cref="JsonataTree"/> parses bodies with the real grammar; <see cref="Check"/> is
/// the fallback for bodies too deeply built to parse safely, and never rejects a valid expression.
/// </summary>
public static class JsonataSyntax
{
    /// <summary>True when the string is an expression: exactly "{%" ... "%}".</summary>
    public static bool IsExpression(string text)
        => text.Length >= 4 && text.StartsWith("{%", System.StringComparison.Ordinal) && text.EndsWith("%}", System.StringComparison.Ordinal);

    /// <summary>True when the string would be an expression but for whitespace around the delimiters.</summary>
    public static bool IsNearMiss(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length != text.Length && IsExpression(trimmed);
    }

    /// <summary>True when the string opens an expression it never closes (or the reverse).</summary>
    public static bool IsUnterminated(string text)
        => text.StartsWith("{%", System.StringComparison.Ordinal) != text.EndsWith("%}", System.StringComparison.Ordinal)
           && !IsNearMiss(text);

    /// <summary>Null when the body of <paramref name="expression"/> is structurally sound, else why not.</summary>
    public static string? Check(string expression, List<string>? identifiers = null)
    {
        var body = expression.Substring(2, expression.Length - 4);
        if (body.Trim().Length == 0)
        {
            return "the expression between {% and %} is empty";
        }

        var closers = new Stack<char>();
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            switch (c)
            {
                case '"':
                case '\'':
                case '`':
                    var end = QuotedText.Close(body, i);
                    if (end < 0)
                    {
                        return "a " + c + " string is never closed";
                    }

                    i = end;
                    break;
                case '/' when i + 1 < body.Length && body[i + 1] == '*':
                    var close = body.IndexOf("*/", i + 2, System.StringComparison.Ordinal);
                    if (close < 0)
                    {
                        return "a /* comment is never closed";
                    }

                    i = close + 1;
                    break;
                case '(':
                    closers.Push(')');
                    break;
                case '[':
                    closers.Push(']');
                    break;
                case '{':
                    closers.Push('}');
                    break;
                case ')':
                case ']':
                case '}':
                    if (closers.Count == 0 || closers.Pop() != c)
                    {
                        return "'" + c + "' at character " + (i + 3) + " does not close anything";
                    }

                    break;
                case '$':
                    if (i + 1 < body.Length && body[i + 1] == '$')
                    {
                        return "$$ is not available in Step Functions JSONata; use $states.context";
                    }

                    var start = i + 1;
                    var j = start;
                    while (j < body.Length && PathSyntax.IsIdentifierPart(body[j]))
                    {
                        j++;
                    }

                    identifiers?.Add(body.Substring(start, j - start));
                    i = j - 1;
                    break;
            }
        }

        return closers.Count == 0 ? null : "'" + closers.Peek() + "' is missing";
    }
}
