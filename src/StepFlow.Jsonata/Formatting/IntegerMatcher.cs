using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Formatting;

/// <summary>A regular expression recognising an integer written with a given picture, plus its inverse conversion.</summary>
internal sealed class IntegerMatcher
{
    private readonly Func<string, double> _parse;

    private IntegerMatcher(string regex, Func<string, double> parse)
    {
        Regex = regex;
        _parse = parse;
    }

    public string Regex { get; }

    public double Parse(string value) => _parse(value);

    public static IntegerMatcher Create(IntegerFormat format)
    {
        bool isUpper = format.Case == LetterCase.Upper;
        string occurrences = "+";
        if (format.Width > 0)
        {
            occurrences = format.OptionalDigits == 0
                ? "{" + IntegerPicture.Invariant(format.Width) + "}"
                : "{" + IntegerPicture.Invariant(format.Width - format.OptionalDigits) + "," + IntegerPicture.Invariant(format.Width) + "}";
        }
        switch (format.Primary)
        {
            case IntegerPresentation.Letters:
                return new IntegerMatcher(isUpper ? "[A-Z]+" : "[a-z]+", v => IntegerPicture.FromLetters(v, isUpper ? 'A' : 'a'));
            case IntegerPresentation.Roman:
                return new IntegerMatcher(isUpper ? "[MDCLXVI]+" : "[mdclxvi]+", v => IntegerPicture.FromRoman(isUpper ? v : v.ToUpperInvariant()));
            case IntegerPresentation.Words:
            {
                string words = string.Join("|", NumberWords.WordValues.Keys.Concat(new[] { "and", "[\\-, ]" }));
                return new IntegerMatcher("(?:" + words + ")+", v => NumberWords.ToNumber(v.ToLowerInvariant()));
            }
            case IntegerPresentation.Decimal:
            {
                string regex = "[0-9]" + occurrences;
                if (format.Ordinal) regex += "(?:th|st|nd|rd)";
                return new IntegerMatcher(regex, v => ParseDecimal(v, format));
            }
            default:
                throw JsonataErrors.Create("D3130", value: format.Token);
        }
    }

    private static double ParseDecimal(string value, IntegerFormat format)
    {
        string digits = value;
        if (format.Ordinal) digits = digits.Substring(0, digits.Length - 2);
        if (format.Regular)
        {
            digits = digits.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else
        {
            foreach (GroupingSeparator separator in format.GroupingSeparators)
            {
                digits = digits.Replace(separator.Character, string.Empty, StringComparison.Ordinal);
            }
        }
        if (format.ZeroCode != '0')
        {
            var sb = new StringBuilder();
            foreach (char c in digits) sb.Append((char)(c - format.ZeroCode + '0'));
            digits = sb.ToString();
        }
        int end = 0;
        if (end < digits.Length && (digits[0] == '-' || digits[0] == '+')) end++;
        while (end < digits.Length && char.IsAsciiDigit(digits[end])) end++;
        return double.TryParse(digits.AsSpan(0, end), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out double parsed)
            ? parsed
            : double.NaN;
    }

    /// <summary>Escapes a literal for use inside a regular expression (JavaScript's escaping set).</summary>
    public static string EscapeLiteral(string literal) => System.Text.RegularExpressions.Regex.Replace(literal, @"[.*+?^${}()|[\]\\]", "\\$&");
}
