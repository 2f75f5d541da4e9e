using System;

namespace StepFlow.Local.States;

/// <summary>
/// A <c>StringMatches</c> pattern: <c>*</c> matches any run of characters (none included), <c>\*</c> and <c>\\</c>
/// are literal, every other character matches itself (ordinal). Matched by a direct scan rather than a regular
/// expression: a Choice in a loop evaluates it once per visit, and a Regex run costs a timeout setup each time.
/// </summary>
internal sealed class WildcardPattern
{
    // The pattern with escapes removed; _star[i] tells whether position i is an unescaped '*'.
    private readonly string _chars;
    private readonly bool[] _star;

    private WildcardPattern(string chars, bool[] star)
    {
        _chars = chars;
        _star = star;
    }

    public static WildcardPattern Parse(string pattern)
    {
        var chars = new System.Text.StringBuilder(pattern.Length);
        var star = new System.Collections.Generic.List<bool>(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                chars.Append(pattern[++i]);
                star.Add(false);
            }
            else
            {
                chars.Append(c);
                star.Add(c == '*');
            }
        }

        return new WildcardPattern(chars.ToString(), star.ToArray());
    }

    /// <summary>True when <paramref name="text"/> matches. As with the anchored regular expression this replaced
    /// (<c>^…$</c>), a single newline at the very end may be left over.</summary>
    public bool IsMatch(ReadOnlySpan<char> text) =>
        MatchesWhole(text) || (text.Length > 0 && text[^1] == '\n' && MatchesWhole(text[..^1]));

    private bool MatchesWhole(ReadOnlySpan<char> text)
    {
        // Greedy scan that remembers the last star and, on a mismatch, lets that star swallow one more character.
        int t = 0, p = 0, starAt = -1, resumeAt = 0;
        while (t < text.Length)
        {
            if (p < _chars.Length && _star[p])
            {
                starAt = p++;
                resumeAt = t;
            }
            else if (p < _chars.Length && _chars[p] == text[t])
            {
                p++;
                t++;
            }
            else if (starAt >= 0)
            {
                p = starAt + 1;
                t = ++resumeAt;
            }
            else
            {
                return false;
            }
        }

        while (p < _chars.Length && _star[p])
        {
            p++;
        }

        return p == _chars.Length;
    }
}
