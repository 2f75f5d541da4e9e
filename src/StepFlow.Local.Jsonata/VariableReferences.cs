using System.Collections.Generic;

namespace StepFlow.Local.Jsonata;

/// <summary>
/// Finds the <c>$name</c> references in an expression's text. The engine exposes workflow variables by lookup
/// only, and JSONata has no dynamic variable access (Step Functions removed <c>$eval</c>), so the names written in
/// the text are the only variables an evaluation can read. Names inside string literals are included too: binding
/// a variable nobody reads is harmless, missing one is not.
/// </summary>
internal static class VariableReferences
{
    // Characters that end a JSONata name token (operators, brackets, quotes, whitespace).
    private const string Delimiters = ".[]{}(),@#;:?+-*/%|=<>^&!~\"'`$";

    public static string[] In(string expression)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < expression.Length; i++)
        {
            if (expression[i] != '$')
            {
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < expression.Length && !char.IsWhiteSpace(expression[end]) && Delimiters.IndexOf(expression[end]) < 0)
            {
                end++;
            }

            if (end > start)
            {
                names.Add(expression.Substring(start, end - start));
            }

            i = end - 1;
        }

        var result = new string[names.Count];
        names.CopyTo(result);
        return result;
    }
}
