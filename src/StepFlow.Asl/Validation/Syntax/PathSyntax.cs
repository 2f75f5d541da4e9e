namespace StepFlow.Asl.Validation.Syntax;

/// <summary>
/// A deliberately lenient JSONPath check. AWS evaluates paths with Jayway JsonPath, which accepts forms stricter
/// grammars reject (<c>$.[0]</c>, <c>$.a.[0]</c>, unquoted filter operands, hyphens, unicode); the real-world corpus
/// has all of them. So this checks structure only: the root, balanced brackets and quotes, no empty segment, and
/// for Reference Paths that every segment addresses a single node.
/// </summary>
public static class PathSyntax
{
    /// <summary>Null when <paramref name="text"/> is acceptable as <paramref name="kind"/>, else why not.</summary>
    public static string? Check(string text, PathKind kind)
    {
        if (text.Length == 0 || text[0] != '$')
        {
            return IntrinsicSyntax.LooksLikeCall(text)
                ? "intrinsic functions are only allowed in payload templates and Fail ErrorPath/CausePath"
                : "a path starts with $";
        }

        var position = 1;
        if (text.Length > 1 && text[1] == '$')
        {
            if (kind == PathKind.ResultPath)
            {
                return "ResultPath cannot write into the Context Object ($$)";
            }

            position = 2;
        }
        else if (position < text.Length && IsIdentifierStart(text[position]))
        {
            if (kind == PathKind.ResultPath)
            {
                return "ResultPath addresses the state input, not a variable";
            }

            while (position < text.Length && IsIdentifierPart(text[position]))
            {
                position++;
            }
        }

        return CheckSegments(text, position, kind == PathKind.Path);
    }

    public static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    public static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static string? CheckSegments(string text, int position, bool indefiniteAllowed)
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '.')
            {
                position++;
                if (position < text.Length && text[position] == '.')
                {
                    if (!indefiniteAllowed)
                    {
                        return "'..' (recursive descent) can select many values; this field needs a single one";
                    }

                    position++;
                }

                if (position < text.Length && text[position] == '[')
                {
                    continue;
                }

                var start = position;
                while (position < text.Length && text[position] != '.' && text[position] != '[')
                {
                    position++;
                }

                if (position == start)
                {
                    return "a '.' must be followed by a field name";
                }

                if (!indefiniteAllowed && text.Substring(start, position - start) == "*")
                {
                    return "'*' can select many values; this field needs a single one";
                }
            }
            else if (c == '[')
            {
                var close = ClosingBracket(text, position);
                if (close < 0)
                {
                    return "'[' at character " + (position + 1) + " is never closed";
                }

                var inside = text.Substring(position + 1, close - position - 1).Trim();
                if (inside.Length == 0)
                {
                    return "'[]' is empty";
                }

                if (!indefiniteAllowed && !IsSingleSelector(inside))
                {
                    return "'[" + inside + "]' can select many values; this field needs a single one";
                }

                position = close + 1;
            }
            else
            {
                return "unexpected '" + c + "' at character " + (position + 1);
            }
        }

        return null;
    }

    private static bool IsSingleSelector(string inside)
    {
        if (inside.Length >= 2 && (inside[0] == '\'' || inside[0] == '"') && inside[inside.Length - 1] == inside[0])
        {
            return inside.IndexOf(',') < 0 || QuotedText.Close(inside, 0) == inside.Length - 1;
        }

        foreach (var c in inside)
        {
            if (!char.IsDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index of the ']' matching the '[' at <paramref name="open"/>, skipping quoted text and nesting.</summary>
    private static int ClosingBracket(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'' || c == '"')
            {
                i = QuotedText.Close(text, i);
                if (i < 0)
                {
                    return -1;
                }
            }
            else if (c == '[' || c == '(')
            {
                depth++;
            }
            else if (c == ']' || c == ')')
            {
                depth--;
                if (depth == 0)
                {
                    return c == ']' ? i : -1;
                }
            }
        }

        return -1;
    }
}
