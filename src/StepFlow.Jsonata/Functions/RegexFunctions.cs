using System;
using System.Text;
using StepFlow.Jsonata.Evaluation;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Functions;

/// <summary>$contains, $match, $replace and $split: each accepts a string or a matcher (regex or function).</summary>
internal static class RegexFunctions
{
    public static void Register(BuiltinLibrary library)
    {
        library.Add("contains", "<s-(sf):b>", (ev, a, _) =>
        {
            if (a[0] is not string s) return null;
            object? token = StringFunctions.Arg(a, 1);
            if (token is string t) return Values.Bool(s.Contains(t, System.StringComparison.Ordinal));
            return Values.Bool(Matcher(ev, token, s) is not null);
        });
        library.Add("match", "<s-f<s:o>n?:a<o>>", (ev, a, _) => Match(ev, a));
        library.Add("replace", "<s-(sf)(sf)n?:s>", (ev, a, _) => Replace(ev, a));
        library.Add("split", "<s-(sf)n?:a<s>>", (ev, a, _) => Split(ev, a));
    }

    private static JObject? Matcher(Evaluator ev, object? matcher, string text)
    {
        object? result = ev.Apply(matcher, new object?[] { text }, null);
        if (result is null) return null;
        if (result is not JObject obj || !(obj.ContainsKey("start") || obj.ContainsKey("end") || obj.ContainsKey("groups") || obj.ContainsKey("next")))
        {
            throw JsonataErrors.Create("T1010");
        }
        return obj;
    }

    private static JObject? NextMatch(Evaluator ev, JObject current)
    {
        current.TryGetValue("next", out object? next);
        object? result = ev.Apply(next, System.Array.Empty<object?>(), null);
        return result as JObject;
    }

    private static object? Match(Evaluator ev, object?[] a)
    {
        if (a[0] is not string s) return null;
        object? limitArg = StringFunctions.Arg(a, 2);
        double? limit = limitArg as double?;
        if (limit < 0) throw JsonataErrors.Create("D3040", value: StringFunctions.FormatInvariant(limit.Value));
        JList result = JList.NewSequence();
        if (limit is null || limit > 0)
        {
            int count = 0;
            JObject? matches = Matcher(ev, a[1], s);
            while (matches is not null && (limit is null || count < limit))
            {
                result.Add(new JObject
                {
                    ["match"] = matches["match"],
                    ["index"] = matches["start"],
                    ["groups"] = matches["groups"],
                });
                matches = NextMatch(ev, matches);
                count++;
            }
        }
        return result;
    }

    private static object? Replace(Evaluator ev, object?[] a)
    {
        if (a[0] is not string str) return null;
        object? pattern = StringFunctions.Arg(a, 1);
        object? replacement = StringFunctions.Arg(a, 2);
        double? limit = StringFunctions.Arg(a, 3) as double?;
        if (pattern is "") throw JsonataErrors.Create("D3010", value: "\"\"");
        if (limit < 0) throw JsonataErrors.Create("D3011", value: StringFunctions.FormatInvariant(limit.Value));
        if (limit is not null && limit <= 0) return str;

        var result = new StringBuilder();
        int position = 0;
        int count = 0;
        if (pattern is string p)
        {
            int index = str.IndexOf(p, position, System.StringComparison.Ordinal);
            while (index != -1 && (limit is null || count < limit))
            {
                result.Append(str, position, index - position);
                result.Append(replacement as string);
                position = index + p.Length;
                count++;
                index = str.IndexOf(p, position, System.StringComparison.Ordinal);
            }
            result.Append(str, position, str.Length - position);
            return result.ToString();
        }

        JObject? matches = Matcher(ev, pattern, str);
        if (matches is null) return str;
        while (matches is not null && (limit is null || count < limit))
        {
            int start = (int)(double)matches["start"]!;
            result.Append(str, position, start - position);
            object? replacedWith = replacement is string template
                ? Substitute(template, matches)
                : ev.Apply(replacement, new object?[] { matches }, null);
            if (replacedWith is not string replaced) throw JsonataErrors.Create("D3012", value: JsonataErrors.Describe(replacedWith));
            result.Append(replaced);
            position = start + ((string)matches["match"]!).Length;
            count++;
            matches = NextMatch(ev, matches);
        }
        result.Append(str, position, str.Length - position);
        return result.ToString();
    }

    /// <summary>Expands <c>$0</c>, <c>$n</c> and <c>$$</c> in a replacement string, as jsonata-js does.</summary>
    private static string Substitute(string replacement, JObject match)
    {
        var groups = match["groups"] as JList ?? new JList();
        var substitute = new StringBuilder();
        int position = 0;
        int index = replacement.IndexOf('$', position);
        while (index != -1 && position < replacement.Length)
        {
            substitute.Append(replacement, position, index - position);
            position = index + 1;
            char dollarVal = position < replacement.Length ? replacement[position] : '\0';
            if (dollarVal == '$')
            {
                substitute.Append('$');
                position++;
            }
            else if (dollarVal == '0')
            {
                substitute.Append((string?)match["match"]);
                position++;
            }
            else
            {
                int maxDigits = groups.Count == 0 ? 1 : (int)System.Math.Floor(System.Math.Log10(groups.Count)) + 1;
                int? groupIndex = ParseLeadingInt(replacement, position, maxDigits);
                if (maxDigits > 1 && groupIndex > groups.Count) groupIndex = ParseLeadingInt(replacement, position, maxDigits - 1);
                if (groupIndex is int gi)
                {
                    if (groups.Count > 0 && gi - 1 >= 0 && gi - 1 < groups.Count && groups[gi - 1] is string submatch)
                    {
                        substitute.Append(submatch);
                    }
                    position += gi.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
                }
                else
                {
                    substitute.Append('$');
                }
            }
            index = replacement.IndexOf('$', position);
        }
        if (position < replacement.Length) substitute.Append(replacement, position, replacement.Length - position);
        return substitute.ToString();
    }

    /// <summary>JavaScript's <c>parseInt(text.substring(start, start + length), 10)</c>.</summary>
    private static int? ParseLeadingInt(string text, int start, int length)
    {
        int end = System.Math.Min(text.Length, start + length);
        int i = start;
        while (i < end && char.IsAsciiDigit(text[i])) i++;
        if (i == start) return null;
        return int.Parse(text.AsSpan(start, i - start), provider: System.Globalization.CultureInfo.InvariantCulture);
    }

    private static object? Split(Evaluator ev, object?[] a)
    {
        if (a[0] is not string str) return null;
        object? separator = StringFunctions.Arg(a, 1);
        double? limit = StringFunctions.Arg(a, 2) as double?;
        if (limit < 0) throw JsonataErrors.Create("D3020", value: StringFunctions.FormatInvariant(limit.Value));
        var result = new JList();
        if (limit is not null && limit <= 0) return result;
        if (separator is string sep)
        {
            string[] parts = sep.Length == 0 ? SplitChars(str) : str.Split(sep);
            // String.prototype.split truncates a fractional limit (a regex separator counts matches instead)
            double? whole = limit is double l ? System.Math.Floor(l) : null;
            foreach (string part in parts)
            {
                if (whole is not null && result.Count >= whole) break;
                result.Add(part);
            }
            return result;
        }
        int count = 0;
        JObject? matches = Matcher(ev, separator, str);
        if (matches is null)
        {
            result.Add(str);
            return result;
        }
        int start = 0;
        while (matches is not null && (limit is null || count < limit))
        {
            int matchStart = (int)(double)matches["start"]!;
            result.Add(str.Substring(start, matchStart - start));
            start = (int)(double)matches["end"]!;
            matches = NextMatch(ev, matches);
            count++;
        }
        if (limit is null || count < limit) result.Add(str.Substring(start));
        return result;
    }

    private static string[] SplitChars(string s)
    {
        var parts = new string[s.Length];
        for (int i = 0; i < s.Length; i++) parts[i] = s[i].ToString();
        return parts;
    }
}
