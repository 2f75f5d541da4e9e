using System.Text;

namespace StepFlow.Jsonata.Parsing;

/// <summary>
/// Adapts JavaScript regular-expression syntax to .NET where the two differ in ways JSONata users hit:
/// <c>\d</c> and <c>\w</c> are ASCII-only in JavaScript but Unicode-aware in .NET.
/// </summary>
internal static class JsRegexTranslator
{
    public static string Translate(string pattern)
    {
        var sb = new StringBuilder(pattern.Length + 8);
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                char next = pattern[i + 1];
                switch (next)
                {
                    case 'd': sb.Append(inClass ? "0-9" : "[0-9]"); break;
                    case 'D': sb.Append(inClass ? "\\D" : "[^0-9]"); break;
                    case 'w': sb.Append(inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]"); break;
                    case 'W': sb.Append(inClass ? "\\W" : "[^a-zA-Z0-9_]"); break;
                    default: sb.Append(c).Append(next); break;
                }
                i++;
                continue;
            }
            if (inClass)
            {
                if (c == ']') inClass = false;
                sb.Append(c);
                continue;
            }
            if (c == '[')
            {
                inClass = true;
                sb.Append(c);
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    sb.Append('^');
                    i++;
                }
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
