using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using StepFlow.Jsonata.Functions;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Formatting;

/// <summary><c>$formatInteger</c> / <c>$parseInteger</c>: decimal patterns, letters, roman numerals and English words.</summary>
internal static class IntegerPicture
{
    private static readonly int[] DecimalGroups =
    {
        0x30, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6,
        0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40,
        0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    };

    /// <summary>The non-decimal primary tokens: letters, roman numerals and words, in each letter case.</summary>
    private static readonly Dictionary<string, (IntegerPresentation Presentation, LetterCase Case)> NamedPresentations = new(StringComparer.Ordinal)
    {
        ["A"] = (IntegerPresentation.Letters, LetterCase.Upper),
        ["a"] = (IntegerPresentation.Letters, LetterCase.Lower),
        ["I"] = (IntegerPresentation.Roman, LetterCase.Upper),
        ["i"] = (IntegerPresentation.Roman, LetterCase.Lower),
        ["W"] = (IntegerPresentation.Words, LetterCase.Upper),
        ["Ww"] = (IntegerPresentation.Words, LetterCase.Title),
        ["w"] = (IntegerPresentation.Words, LetterCase.Lower),
    };

    public static string Format(double value, string picture) => Format(Math.Floor(value), Analyse(picture));

    public static object? Parse(string value, string picture)
    {
        IntegerFormat format = Analyse(picture);
        return IntegerMatcher.Create(format).Parse(value);
    }

    public static IntegerFormat Analyse(string picture)
    {
        var format = new IntegerFormat();
        string primary;
        int semicolon = picture.LastIndexOf(';');
        if (semicolon == -1)
        {
            primary = picture;
        }
        else
        {
            primary = picture.Substring(0, semicolon);
            string modifier = picture.Substring(semicolon + 1);
            if (modifier.StartsWith('o')) format.Ordinal = true;
        }
        if (NamedPresentations.TryGetValue(primary, out var named))
        {
            format.Primary = named.Presentation;
            format.Case = named.Case;
            return format;
        }
        AnalyseDecimal(primary, format);
        return format;
    }

    private static void AnalyseDecimal(string primary, IntegerFormat format)
    {
        int? zeroCode = null;
        int mandatory = 0, optional = 0, separatorPosition = 0;
        var separators = new List<GroupingSeparator>();
        var codePoints = new List<int>();
        for (int i = 0; i < primary.Length; i += char.IsSurrogatePair(primary, i) ? 2 : 1) codePoints.Add(char.ConvertToUtf32(primary, i));
        codePoints.Reverse();
        foreach (int codePoint in codePoints)
        {
            bool digit = false;
            foreach (int group in DecimalGroups)
            {
                if (codePoint >= group && codePoint <= group + 9)
                {
                    digit = true;
                    mandatory++;
                    separatorPosition++;
                    if (zeroCode is null) zeroCode = group;
                    else if (group != zeroCode) throw JsonataErrors.Create("D3131");
                    break;
                }
            }
            if (digit) continue;
            if (codePoint == '#')
            {
                separatorPosition++;
                optional++;
            }
            else
            {
                separators.Add(new GroupingSeparator(separatorPosition, char.ConvertFromUtf32(codePoint)));
            }
        }
        if (mandatory == 0)
        {
            format.Primary = IntegerPresentation.Sequence;
            format.Token = primary;
            return;
        }
        format.Primary = IntegerPresentation.Decimal;
        format.ZeroCode = zeroCode!.Value;
        format.MandatoryDigits = mandatory;
        format.OptionalDigits = optional;
        int regular = RegularRepeat(separators);
        if (regular > 0)
        {
            format.Regular = true;
            format.GroupingSeparators = new List<GroupingSeparator> { new(regular, separators[0].Character) };
        }
        else
        {
            format.GroupingSeparators = separators;
        }
    }

    private static int RegularRepeat(List<GroupingSeparator> separators)
    {
        if (separators.Count == 0) return 0;
        foreach (GroupingSeparator s in separators)
        {
            if (s.Character != separators[0].Character) return 0;
        }
        int factor = separators[0].Position;
        foreach (GroupingSeparator s in separators) factor = Gcd(factor, s.Position);
        for (int index = 1; index <= separators.Count; index++)
        {
            if (!separators.Exists(s => s.Position == index * factor)) return 0;
        }
        return factor;
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

    public static string Format(double value, IntegerFormat format)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) throw JsonataErrors.Create("D1001", value: JsNumber.ToString(value));
        bool negative = value < 0;
        value = Math.Abs(value);
        string result;
        switch (format.Primary)
        {
            case IntegerPresentation.Letters:
                result = ToLetters((long)value, format.Case == LetterCase.Upper ? 'A' : 'a');
                break;
            case IntegerPresentation.Roman:
                result = ToRoman((long)value);
                if (format.Case == LetterCase.Upper) result = result.ToUpperInvariant();
                break;
            case IntegerPresentation.Words:
                result = NumberWords.ToWords(value, format.Ordinal);
                if (format.Case == LetterCase.Upper) result = result.ToUpperInvariant();
                else if (format.Case == LetterCase.Lower) result = result.ToLowerInvariant();
                break;
            case IntegerPresentation.Decimal:
                result = FormatDecimal(value, format);
                break;
            default:
                throw JsonataErrors.Create("D3130", value: format.Token);
        }
        return negative ? "-" + result : result;
    }

    private static string FormatDecimal(double value, IntegerFormat format)
    {
        string digits = JsNumber.ToString(value);
        if (format.MandatoryDigits > digits.Length) digits = new string('0', format.MandatoryDigits - digits.Length) + digits;
        if (format.ZeroCode != '0')
        {
            var sb = new StringBuilder();
            foreach (char c in digits) sb.Append(char.ConvertFromUtf32(c + format.ZeroCode - '0'));
            digits = sb.ToString();
        }
        List<string> chars = StringFunctions.CodePoints(digits);
        if (format.Regular)
        {
            GroupingSeparator separator = format.GroupingSeparators[0];
            int n = (chars.Count - 1) / separator.Position;
            for (int ii = n; ii > 0; ii--)
            {
                int pos = chars.Count - ii * separator.Position;
                chars.Insert(pos, separator.Character);
            }
        }
        else
        {
            for (int i = format.GroupingSeparators.Count - 1; i >= 0; i--)
            {
                GroupingSeparator separator = format.GroupingSeparators[i];
                int pos = chars.Count - separator.Position;
                if (pos >= 0 && pos <= chars.Count) chars.Insert(pos, separator.Character);
            }
        }
        string result = string.Concat(chars);
        if (format.Ordinal)
        {
            char last = result[^1];
            string suffix = last switch { '1' => "st", '2' => "nd", '3' => "rd", _ => "th" };
            if (result.Length > 1 && result[^2] == '1') suffix = "th";
            result += suffix;
        }
        return result;
    }

    private static readonly (int Value, string Numeral)[] RomanNumerals =
    {
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
        (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    };

    public static string ToRoman(long value)
    {
        var sb = new StringBuilder();
        foreach (var (number, numeral) in RomanNumerals)
        {
            while (value >= number)
            {
                sb.Append(numeral);
                value -= number;
            }
        }
        return sb.ToString();
    }

    public static double FromRoman(string roman)
    {
        double result = 0;
        int max = 1;
        for (int i = roman.Length - 1; i >= 0; i--)
        {
            int value = roman[i] switch { 'M' => 1000, 'D' => 500, 'C' => 100, 'L' => 50, 'X' => 10, 'V' => 5, 'I' => 1, _ => 0 };
            if (value < max)
            {
                result -= value;
            }
            else
            {
                max = value;
                result += value;
            }
        }
        return result;
    }

    public static string ToLetters(long value, char aChar)
    {
        var letters = new StringBuilder();
        while (value > 0)
        {
            letters.Insert(0, (char)((value - 1) % 26 + aChar));
            value = (value - 1) / 26;
        }
        return letters.ToString();
    }

    public static double FromLetters(string letters, char aChar)
    {
        double result = 0;
        for (int i = 0; i < letters.Length; i++)
        {
            result += (letters[letters.Length - i - 1] - aChar + 1) * Math.Pow(26, i);
        }
        return result;
    }

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
