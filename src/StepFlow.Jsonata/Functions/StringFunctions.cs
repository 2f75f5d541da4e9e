using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Functions;

/// <summary>String built-ins: $string, $substring, $pad, $trim, $join, $length, case conversion and friends.</summary>
internal static class StringFunctions
{
    public static void Register(BuiltinLibrary library)
    {
        library.Add("string", "<x-b?:s>", (_, a, _) => a[0] is null ? null : ToJsonataString(a[0]!, Arg(a, 1) is bool b && b), arity: 1);
        library.Add("substring", "<s-nn?:s>", (_, a, _) => Substring(a[0] as string, Num(a, 1), Arg(a, 2) as double?));
        library.Add("substringBefore", "<s-s:s>", (_, a, _) =>
        {
            if (a[0] is not string s) return null;
            string chars = Arg(a, 1) as string ?? "undefined";
            int pos = s.IndexOf(chars, StringComparison.Ordinal);
            return pos > -1 ? s.Substring(0, pos) : s;
        });
        library.Add("substringAfter", "<s-s:s>", (_, a, _) =>
        {
            if (a[0] is not string s) return null;
            string chars = Arg(a, 1) as string ?? "undefined";
            int pos = s.IndexOf(chars, StringComparison.Ordinal);
            return pos > -1 ? s.Substring(pos + chars.Length) : s;
        });
        library.Add("lowercase", "<s-:s>", (_, a, _) => (a[0] as string)?.ToLowerInvariant());
        library.Add("uppercase", "<s-:s>", (_, a, _) => a[0] is string s ? ToUpper(s) : null);
        library.Add("length", "<s-:n>", (_, a, _) => a[0] is string s ? (double)CodePointLength(s) : null);
        library.Add("trim", "<s-:s>", (_, a, _) => a[0] is string s ? Trim(s) : null);
        library.Add("pad", "<s-ns?:s>", (_, a, _) => Pad(a[0] as string, Num(a, 1), Arg(a, 2) as string));
        library.Add("join", "<a<s>s?:s>", (_, a, _) =>
        {
            if (a[0] is not JList list) return null;
            string separator = Arg(a, 1) as string ?? string.Empty;
            var sb = new StringBuilder();
            for (int i = 0; i < list.Count; i++)
            {
                if (i > 0) sb.Append(separator);
                sb.Append((string?)list[i]);
            }
            return sb.ToString();
        });
        library.Add("base64encode", "<s-:s>", (_, a, _) => a[0] is string s ? Convert.ToBase64String(Latin1(s)) : null);
        library.Add("base64decode", "<s-:s>", (_, a, _) => a[0] is string s ? Base64Decode(s) : null);
    }

    /// <summary>
    /// JavaScript's <c>toUpperCase</c> applies Unicode's one-to-many mappings (ß → SS, ligatures), which .NET's
    /// invariant upper-casing leaves alone.
    /// </summary>
    private static string ToUpper(string s)
    {
        string upper = s.ToUpperInvariant();
        if (upper.AsSpan().IndexOfAny("\u00DF\u0149\uFB00\uFB01\uFB02\uFB03\uFB04\uFB05\uFB06") < 0) return upper;
        var sb = new StringBuilder(upper.Length + 4);
        foreach (char c in upper)
        {
            sb.Append(c switch
            {
                '\u00DF' => "SS",
                '\u0149' => "\u02BCN",
                '\uFB00' => "FF",
                '\uFB01' => "FI",
                '\uFB02' => "FL",
                '\uFB03' => "FFI",
                '\uFB04' => "FFL",
                '\uFB05' or '\uFB06' => "ST",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    public static object? Arg(object?[] args, int index) => index < args.Length ? args[index] : null;

    public static double Num(object?[] args, int index) => Arg(args, index) is double d ? d : double.NaN;

    /// <summary>The <c>$string</c> cast, also used by the <c>&amp;</c> operator.</summary>
    public static string ToJsonataString(object value, bool pretty = false)
    {
        switch (value)
        {
            case string s:
                return s;
            case FunctionValue:
                return string.Empty;
            case double d when double.IsNaN(d) || double.IsInfinity(d):
                throw JsonataErrors.Create("D3001", value: JsNumber.ToString(d));
            default:
                return Values.Stringify(value, pretty);
        }
    }

    public static int CodePointLength(string s)
    {
        int count = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            count++;
        }
        return count;
    }

    /// <summary>Splits into code points (JavaScript's <c>Array.from(str)</c>), so surrogate pairs count once.</summary>
    public static List<string> CodePoints(string s)
    {
        var result = new List<string>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                result.Add(s.Substring(i, 2));
                i++;
            }
            else
            {
                result.Add(s[i].ToString());
            }
        }
        return result;
    }

    public static object? Substring(string? str, double start, double? length)
    {
        if (str is null) return null;
        if (str.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0) return SubstringUtf16(str, start, length);
        List<string> chars = CodePoints(str);
        int strLength = chars.Count;
        if (double.IsNaN(start)) start = 0;
        if (strLength + start < 0) start = 0;
        if (length is double len)
        {
            if (len <= 0 || double.IsNaN(len)) return string.Empty;
            double end = start >= 0 ? start + len : strLength + start + len;
            return Slice(chars, start, end);
        }
        return Slice(chars, start, strLength);
    }

    /// <summary>The same as the code-point path for strings without surrogates, without splitting the string.</summary>
    private static string SubstringUtf16(string str, double start, double? length)
    {
        int count = str.Length;
        if (double.IsNaN(start)) start = 0;
        if (count + start < 0) start = 0;
        double end = count;
        if (length is double len)
        {
            if (len <= 0 || double.IsNaN(len)) return string.Empty;
            end = start >= 0 ? start + len : count + start + len;
        }
        int from = (int)(start < 0 ? Math.Max(count + Math.Ceiling(start), 0) : Math.Min(Math.Floor(start), count));
        int to = (int)(end < 0 ? Math.Max(count + Math.Ceiling(end), 0) : Math.Min(Math.Floor(end), count));
        return to > from ? str.Substring(from, to - from) : string.Empty;
    }

    /// <summary>JavaScript's <c>Array.prototype.slice</c> on code points, joined.</summary>
    private static string Slice(List<string> chars, double start, double end)
    {
        int count = chars.Count;
        int from = (int)(start < 0 ? Math.Max(count + Math.Ceiling(start), 0) : Math.Min(Math.Floor(start), count));
        int to = (int)(end < 0 ? Math.Max(count + Math.Ceiling(end), 0) : Math.Min(Math.Floor(end), count));
        var sb = new StringBuilder();
        for (int i = from; i < to; i++) sb.Append(chars[i]);
        return sb.ToString();
    }

    private static string Trim(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool inWhitespace = false;
        foreach (char c in s)
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                if (!inWhitespace) sb.Append(' ');
                inWhitespace = true;
            }
            else
            {
                sb.Append(c);
                inWhitespace = false;
            }
        }
        string result = sb.ToString();
        if (result.StartsWith(' ')) result = result.Substring(1);
        if (result.EndsWith(' ')) result = result.Substring(0, result.Length - 1);
        return result;
    }

    private static object? Pad(string? str, double width, string? padChar)
    {
        if (str is null) return null;
        if (string.IsNullOrEmpty(padChar)) padChar = " ";
        int padLength = (int)(Math.Abs(width) - CodePointLength(str));
        if (padLength <= 0) return str;
        var padding = new StringBuilder();
        for (int i = 0; i < padLength; i++) padding.Append(padChar);
        string pad = padding.ToString();
        if (padChar.Length > 1) pad = (string)Substring(pad, 0, padLength)!;
        return width > 0 ? str + pad : pad + str;
    }

    private static byte[] Latin1(string s)
    {
        var bytes = new byte[s.Length];
        for (int i = 0; i < s.Length; i++) bytes[i] = (byte)s[i];
        return bytes;
    }

    private static string Base64Decode(string s)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(s);
        }
        catch (FormatException)
        {
            return string.Empty;
        }
        var sb = new StringBuilder(bytes.Length);
        foreach (byte b in bytes) sb.Append((char)b);
        return sb.ToString();
    }

    public static string FormatInvariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
