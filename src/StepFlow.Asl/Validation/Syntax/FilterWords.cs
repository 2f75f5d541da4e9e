namespace StepFlow.Asl.Validation.Syntax;

/// <summary>
/// Finds an unquoted word used as a comparison operand inside a JSONPath filter, as in
/// <c>$.items[?(@.status==Failure)]</c>. Jayway, the JSONPath engine Step Functions runs, reads any operand that is
/// not a path, a quoted string, true, false, null, JSON or a pattern as a number, so a bare word fails when the path
/// is evaluated (see its FilterCompiler.readLiteral).
/// </summary>
public static class FilterWords
{
    /// <summary>The first unquoted word operand in <paramref name="path"/>, or null.</summary>
    public static string? FirstUnquoted(string path)
        => FirstUnquotedAt(path, 0, out var start, out var length) ? path.Substring(start, length) : null;

    /// <summary>
    /// Where the first unquoted word operand at or after <paramref name="from"/> is. Works on source text around the
    /// path too (a C# literal, JSON text), since scanning starts at the first filter: the code fix quotes the word in place.
    /// </summary>
    public static bool FirstUnquotedAt(string path, int from, out int start, out int length)
    {
        start = length = 0;
        var filter = path.IndexOf("[?", from, System.StringComparison.Ordinal);
        if (filter < 0)
        {
            return false;
        }

        var quote = '\0';
        for (var i = filter; i < path.Length; i++)
        {
            var c = path[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c is '=' or '<' or '>' && (i + 1 >= path.Length || path[i + 1] is not ('=' or '~')))
            {
                // The end of a relational operator (==, !=, <, <=, >, >=): what follows is the right operand.
                if (WordAt(path, i + 1, out start, out length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool WordAt(string path, int from, out int start, out int length)
    {
        start = from;
        while (start < path.Length && path[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < path.Length && (char.IsLetterOrDigit(path[end]) || path[end] is '_' or '-' or '.'))
        {
            end++;
        }

        length = end - start;
        if (length == 0 || !(char.IsLetter(path[start]) || path[start] == '_'))
        {
            return false;
        }

        var word = path.Substring(start, length);
        // A word starting with a letter is never a number to Jayway, not even "NaN" or "e5".
        return word is not ("true" or "false" or "null");
    }
}
