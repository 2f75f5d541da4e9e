using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using StepFlow.Jsonata.Functions;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Formatting;

/// <summary><c>$formatNumber</c>: the XPath F&amp;O 3.1 <c>format-number</c> picture language, as jsonata-js implements it.</summary>
internal static class NumberPicture
{
    private sealed class Properties
    {
        public string DecimalSeparator = ".";
        public string GroupingSeparator = ",";
        public string ExponentSeparator = "e";
        public string MinusSign = "-";
        public string Percent = "%";
        public string PerMille = "\u2030";
        public string ZeroDigit = "0";
        public string Digit = "#";
        public string PatternSeparator = ";";
    }

    private sealed class Parts
    {
        public string Prefix = string.Empty;
        public string Suffix = string.Empty;
        public string ActivePart = string.Empty;
        public string MantissaPart = string.Empty;
        public string? ExponentPart;
        public string IntegerPart = string.Empty;
        public string FractionalPart = string.Empty;
        public string SubPicture = string.Empty;
    }

    private sealed class Variables
    {
        public List<int> IntegerPartGroupingPositions = new();
        public int RegularGrouping;
        public int MinimumIntegerPartSize;
        public int ScalingFactor;
        public string Prefix = string.Empty;
        public List<int> FractionalPartGroupingPositions = new();
        public int MinimumFractionalPartSize;
        public int MaximumFractionalPartSize;
        public int MinimumExponentSize;
        public string Suffix = string.Empty;
        public string Picture = string.Empty;

        public Variables Copy() => (Variables)MemberwiseClone();
    }

    private sealed record CompiledPicture(Properties Properties, List<string> DigitFamily, List<Variables> Variables);

    /// <summary>Analysed pictures without options, reused across calls (pictures are usually literals).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CompiledPicture> Cache = new(StringComparer.Ordinal);

    private const int CacheLimit = 256;

    public static string Format(double value, string picture, JObject? options)
    {
        CompiledPicture compiled;
        if (options is null && Cache.TryGetValue(picture, out CompiledPicture? cached))
        {
            compiled = cached;
        }
        else
        {
            compiled = Compile(picture, options);
            if (options is null && Cache.Count < CacheLimit) Cache.TryAdd(picture, compiled);
        }
        return Format(value, compiled);
    }

    private static CompiledPicture Compile(string picture, JObject? options)
    {
        Properties properties = ReadOptions(options);
        var digitFamily = new List<string>(10);
        char zero = properties.ZeroDigit.Length > 0 ? properties.ZeroDigit[0] : '0';
        for (int ii = 0; ii < 10; ii++) digitFamily.Add(((char)(zero + ii)).ToString());
        var activeChars = new List<string>(digitFamily)
        {
            properties.DecimalSeparator, properties.ExponentSeparator, properties.GroupingSeparator, properties.Digit, properties.PatternSeparator,
        };

        string[] subPictures = picture.Split(properties.PatternSeparator);
        if (subPictures.Length > 2) throw JsonataErrors.Create("D3080");
        var parts = new List<Parts>();
        foreach (string sub in subPictures) parts.Add(SplitParts(sub, properties, activeChars));
        foreach (Parts p in parts) Validate(p, properties, digitFamily, activeChars);
        var variables = new List<Variables>();
        foreach (Parts p in parts) variables.Add(Analyse(p, properties, digitFamily));
        if (variables.Count == 1)
        {
            Variables negative = variables[0].Copy();
            negative.Prefix = properties.MinusSign + negative.Prefix;
            variables.Add(negative);
        }
        return new CompiledPicture(properties, digitFamily, variables);
    }

    private static string Format(double value, CompiledPicture compiled)
    {
        Properties properties = compiled.Properties;
        List<string> digitFamily = compiled.DigitFamily;
        List<Variables> variables = compiled.Variables;
        Variables pic = value >= 0 ? variables[0] : variables[1];
        double adjusted = pic.Picture.Contains(properties.Percent, StringComparison.Ordinal) ? value * 100
            : pic.Picture.Contains(properties.PerMille, StringComparison.Ordinal) ? value * 1000 : value;
        double mantissa = adjusted;
        int? exponent = null;
        if (pic.MinimumExponentSize != 0)
        {
            double maxMantissa = Math.Pow(10, pic.ScalingFactor);
            double minMantissa = Math.Pow(10, pic.ScalingFactor - 1);
            int e = 0;
            while (mantissa < minMantissa)
            {
                mantissa *= 10;
                e -= 1;
            }
            while (mantissa > maxMantissa)
            {
                mantissa /= 10;
                e += 1;
            }
            exponent = e;
        }
        double rounded = NumericFunctions.Round(mantissa, pic.MaximumFractionalPartSize);
        string stringValue = MakeString(rounded, pic.MaximumFractionalPartSize, properties, digitFamily);
        int decimalPos = stringValue.IndexOf('.');
        stringValue = decimalPos == -1 ? stringValue + properties.DecimalSeparator : ReplaceFirst(stringValue, ".", properties.DecimalSeparator);
        while (stringValue.StartsWith(properties.ZeroDigit, StringComparison.Ordinal)) stringValue = stringValue.Substring(properties.ZeroDigit.Length);
        while (stringValue.EndsWith(properties.ZeroDigit, StringComparison.Ordinal)) stringValue = stringValue.Substring(0, stringValue.Length - properties.ZeroDigit.Length);
        decimalPos = stringValue.IndexOf(properties.DecimalSeparator, StringComparison.Ordinal);
        int padLeft = pic.MinimumIntegerPartSize - decimalPos;
        int padRight = pic.MinimumFractionalPartSize - (stringValue.Length - decimalPos - 1);
        stringValue = (padLeft > 0 ? Repeat(properties.ZeroDigit, padLeft) : string.Empty) + stringValue;
        stringValue += padRight > 0 ? Repeat(properties.ZeroDigit, padRight) : string.Empty;
        decimalPos = stringValue.IndexOf(properties.DecimalSeparator, StringComparison.Ordinal);
        if (pic.RegularGrouping > 0)
        {
            int groupCount = (decimalPos - 1) / pic.RegularGrouping;
            for (int group = 1; group <= groupCount; group++)
            {
                int at = decimalPos - group * pic.RegularGrouping;
                stringValue = stringValue.Substring(0, at) + properties.GroupingSeparator + stringValue.Substring(at);
            }
        }
        else
        {
            foreach (int pos in pic.IntegerPartGroupingPositions)
            {
                int at = Math.Max(0, decimalPos - pos);
                stringValue = stringValue.Substring(0, at) + properties.GroupingSeparator + stringValue.Substring(at);
                decimalPos++;
            }
        }
        decimalPos = stringValue.IndexOf(properties.DecimalSeparator, StringComparison.Ordinal);
        foreach (int pos in pic.FractionalPartGroupingPositions)
        {
            int at = Math.Min(stringValue.Length, pos + decimalPos + 1);
            stringValue = stringValue.Substring(0, at) + properties.GroupingSeparator + stringValue.Substring(at);
        }
        decimalPos = stringValue.IndexOf(properties.DecimalSeparator, StringComparison.Ordinal);
        if (!pic.Picture.Contains(properties.DecimalSeparator, StringComparison.Ordinal) || decimalPos == stringValue.Length - 1)
        {
            stringValue = stringValue.Substring(0, stringValue.Length - 1);
        }
        if (exponent is int exp)
        {
            string stringExponent = MakeString(exp, 0, properties, digitFamily);
            int pad = pic.MinimumExponentSize - stringExponent.Length;
            if (pad > 0) stringExponent = Repeat(properties.ZeroDigit, pad) + stringExponent;
            stringValue = stringValue + properties.ExponentSeparator + (exp < 0 ? properties.MinusSign : string.Empty) + stringExponent;
        }
        return pic.Prefix + stringValue + pic.Suffix;
    }

    private static Properties ReadOptions(JObject? options)
    {
        var p = new Properties();
        if (options is null) return p;
        foreach (var pair in options)
        {
            if (pair.Value is not string s) continue;
            switch (pair.Key)
            {
                case "decimal-separator": p.DecimalSeparator = s; break;
                case "grouping-separator": p.GroupingSeparator = s; break;
                case "exponent-separator": p.ExponentSeparator = s; break;
                case "minus-sign": p.MinusSign = s; break;
                case "percent": p.Percent = s; break;
                case "per-mille": p.PerMille = s; break;
                case "zero-digit": p.ZeroDigit = s; break;
                case "digit": p.Digit = s; break;
                case "pattern-separator": p.PatternSeparator = s; break;
            }
        }
        return p;
    }

    private static string Repeat(string s, int count)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++) sb.Append(s);
        return sb.ToString();
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text : text.Substring(0, at) + replacement + text.Substring(at + find.Length);
    }

    private static string MakeString(double value, int dp, Properties properties, List<string> digitFamily)
    {
        string str = Math.Abs(value).ToString("F" + dp.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (properties.ZeroDigit == "0") return str;
        var sb = new StringBuilder();
        foreach (char c in str) sb.Append(c is >= '0' and <= '9' ? digitFamily[c - '0'] : c.ToString());
        return sb.ToString();
    }

    private static bool IsActive(char c, List<string> activeChars) => activeChars.Contains(c.ToString());

    private static Parts SplitParts(string sub, Properties properties, List<string> activeChars)
    {
        string prefix = sub;
        for (int ii = 0; ii < sub.Length; ii++)
        {
            if (IsActive(sub[ii], activeChars) && sub[ii].ToString() != properties.ExponentSeparator)
            {
                prefix = sub.Substring(0, ii);
                break;
            }
        }
        string suffix = string.Empty;
        for (int ii = sub.Length - 1; ii >= 0; ii--)
        {
            if (IsActive(sub[ii], activeChars) && sub[ii].ToString() != properties.ExponentSeparator)
            {
                suffix = sub.Substring(ii + 1);
                break;
            }
        }
        string activePart = sub.Substring(prefix.Length, Math.Max(0, sub.Length - suffix.Length - prefix.Length));
        string mantissaPart;
        string? exponentPart;
        int exponentPosition = sub.IndexOf(properties.ExponentSeparator, prefix.Length, StringComparison.Ordinal);
        if (exponentPosition == -1 || exponentPosition > sub.Length - suffix.Length)
        {
            mantissaPart = activePart;
            exponentPart = null;
        }
        else
        {
            mantissaPart = activePart.Substring(0, Math.Min(exponentPosition, activePart.Length));
            exponentPart = exponentPosition + 1 <= activePart.Length ? activePart.Substring(exponentPosition + 1) : string.Empty;
        }
        int decimalPosition = mantissaPart.IndexOf(properties.DecimalSeparator, StringComparison.Ordinal);
        string integerPart, fractionalPart;
        if (decimalPosition == -1)
        {
            integerPart = mantissaPart;
            fractionalPart = suffix;
        }
        else
        {
            integerPart = mantissaPart.Substring(0, decimalPosition);
            fractionalPart = mantissaPart.Substring(decimalPosition + 1);
        }
        return new Parts
        {
            Prefix = prefix, Suffix = suffix, ActivePart = activePart, MantissaPart = mantissaPart, ExponentPart = exponentPart,
            IntegerPart = integerPart, FractionalPart = fractionalPart, SubPicture = sub,
        };
    }

    private static int Count(string text, Func<char, bool> predicate)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (predicate(c)) n++;
        }
        return n;
    }

    private static void Validate(Parts parts, Properties properties, List<string> digitFamily, List<string> activeChars)
    {
        string? error = null;
        string sub = parts.SubPicture;
        bool IsDigit(char c) => digitFamily.Contains(c.ToString());
        int decimalPos = sub.IndexOf(properties.DecimalSeparator, StringComparison.Ordinal);
        if (decimalPos != sub.LastIndexOf(properties.DecimalSeparator, StringComparison.Ordinal)) error = "D3081";
        if (sub.IndexOf(properties.Percent, StringComparison.Ordinal) != sub.LastIndexOf(properties.Percent, StringComparison.Ordinal)) error = "D3082";
        if (sub.IndexOf(properties.PerMille, StringComparison.Ordinal) != sub.LastIndexOf(properties.PerMille, StringComparison.Ordinal)) error = "D3083";
        if (sub.Contains(properties.Percent, StringComparison.Ordinal) && sub.Contains(properties.PerMille, StringComparison.Ordinal)) error = "D3084";
        if (Count(parts.MantissaPart, c => IsDigit(c) || c.ToString() == properties.Digit) == 0) error = "D3085";
        if (Count(parts.ActivePart, c => !IsActive(c, activeChars)) > 0) error = "D3086";
        if (decimalPos != -1)
        {
            if ((decimalPos > 0 && sub[decimalPos - 1].ToString() == properties.GroupingSeparator)
                || (decimalPos + 1 < sub.Length && sub[decimalPos + 1].ToString() == properties.GroupingSeparator))
            {
                error = "D3087";
            }
        }
        else if (parts.IntegerPart.Length > 0 && parts.IntegerPart[^1].ToString() == properties.GroupingSeparator)
        {
            error = "D3088";
        }
        if (sub.Contains(properties.GroupingSeparator + properties.GroupingSeparator, StringComparison.Ordinal)) error = "D3089";
        int optionalDigitPos = parts.IntegerPart.IndexOf(properties.Digit, StringComparison.Ordinal);
        if (optionalDigitPos != -1 && Count(parts.IntegerPart.Substring(0, optionalDigitPos), IsDigit) > 0) error = "D3090";
        optionalDigitPos = parts.FractionalPart.LastIndexOf(properties.Digit, StringComparison.Ordinal);
        if (optionalDigitPos != -1 && Count(parts.FractionalPart.Substring(optionalDigitPos), IsDigit) > 0) error = "D3091";
        bool exponentExists = parts.ExponentPart is not null;
        if (exponentExists && parts.ExponentPart!.Length > 0
            && (sub.Contains(properties.Percent, StringComparison.Ordinal) || sub.Contains(properties.PerMille, StringComparison.Ordinal)))
        {
            error = "D3092";
        }
        if (exponentExists && (parts.ExponentPart!.Length == 0 || Count(parts.ExponentPart, c => !IsDigit(c)) > 0)) error = "D3093";
        if (error is not null) throw JsonataErrors.Create(error);
    }

    private static Variables Analyse(Parts parts, Properties properties, List<string> digitFamily)
    {
        bool IsDigit(char c) => digitFamily.Contains(c.ToString());
        bool IsDigitOrOptional(char c) => IsDigit(c) || c.ToString() == properties.Digit;

        List<int> GroupingPositions(string part, bool toLeft)
        {
            var positions = new List<int>();
            int groupingPosition = part.IndexOf(properties.GroupingSeparator, StringComparison.Ordinal);
            while (groupingPosition != -1)
            {
                string side = toLeft ? part.Substring(0, groupingPosition) : part.Substring(groupingPosition);
                positions.Add(Count(side, IsDigitOrOptional));
                // jsonata-js continues the search in the integer part even for the fractional part; kept for parity.
                groupingPosition = groupingPosition + 1 <= parts.IntegerPart.Length
                    ? parts.IntegerPart.IndexOf(properties.GroupingSeparator, groupingPosition + 1, StringComparison.Ordinal)
                    : -1;
            }
            return positions;
        }

        var v = new Variables();
        v.IntegerPartGroupingPositions = GroupingPositions(parts.IntegerPart, false);
        v.RegularGrouping = Regular(v.IntegerPartGroupingPositions);
        v.FractionalPartGroupingPositions = GroupingPositions(parts.FractionalPart, true);
        v.MinimumIntegerPartSize = Count(parts.IntegerPart, IsDigit);
        v.ScalingFactor = v.MinimumIntegerPartSize;
        v.MinimumFractionalPartSize = Count(parts.FractionalPart, IsDigit);
        v.MaximumFractionalPartSize = Count(parts.FractionalPart, IsDigitOrOptional);
        bool exponentPresent = parts.ExponentPart is not null;
        if (v.MinimumIntegerPartSize == 0 && v.MaximumFractionalPartSize == 0)
        {
            if (exponentPresent)
            {
                v.MinimumFractionalPartSize = 1;
                v.MaximumFractionalPartSize = 1;
            }
            else
            {
                v.MinimumIntegerPartSize = 1;
            }
        }
        if (exponentPresent && v.MinimumIntegerPartSize == 0 && parts.IntegerPart.Contains(properties.Digit, StringComparison.Ordinal))
        {
            v.MinimumIntegerPartSize = 1;
        }
        if (v.MinimumIntegerPartSize == 0 && v.MinimumFractionalPartSize == 0) v.MinimumFractionalPartSize = 1;
        v.MinimumExponentSize = exponentPresent ? Count(parts.ExponentPart!, IsDigit) : 0;
        v.Prefix = parts.Prefix;
        v.Suffix = parts.Suffix;
        v.Picture = parts.SubPicture;
        return v;
    }

    private static int Regular(List<int> indexes)
    {
        if (indexes.Count == 0) return 0;
        int factor = indexes[0];
        foreach (int i in indexes) factor = Gcd(factor, i);
        for (int index = 1; index <= indexes.Count; index++)
        {
            if (!indexes.Contains(index * factor)) return 0;
        }
        return factor;
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
