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
    {
        var filter = path.IndexOf("[?", System.StringComparison.Ordinal);
        if (filter < 0)
        {
            return null;
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
                var word = WordAt(path, i + 1);
                if (word is not null)
                {
                    return word;
                }
            }
        }

        return null;
    }

    private static string? WordAt(string path, int start)
    {
        while (start < path.Length && path[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < path.Length && (char.IsLetterOrDigit(path[end]) || path[end] is '_' or '-' or '.'))
        {
            end++;
        }

        if (end == start || !(char.IsLetter(path[start]) || path[start] == '_'))
        {
            return null;
        }

        var word = path.Substring(start, end - start);
        return word is "true" or "false" or "null" || IsNumber(word) ? null : word;
    }

    private static bool IsNumber(string word)
        => double.TryParse(word, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
