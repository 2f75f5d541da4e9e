using System;
using System.Globalization;
using System.Text.RegularExpressions;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Functions;

/// <summary>$number, $abs, $floor, $ceil, $round (half to even), $sqrt, $power, $random, $formatBase.</summary>
internal static partial class NumericFunctions
{
    [GeneratedRegex("^-?[0-9]+(\\.[0-9]+)?([Ee][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalNumber();

    [GeneratedRegex("^((0[xX][0-9A-Fa-f]+)|(0[oO][0-7]+)|(0[bB][0-1]+))$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixedInteger();

    public static void Register(BuiltinLibrary library)
    {
        library.Add("number", "<(nsb)-:n>", (_, a, _) => ToNumber(a[0]));
        library.Add("abs", "<n-:n>", (_, a, _) => a[0] is double d ? Math.Abs(d) : null);
        library.Add("floor", "<n-:n>", (_, a, _) => a[0] is double d ? Math.Floor(d) : null);
        library.Add("ceil", "<n-:n>", (_, a, _) => a[0] is double d ? Math.Ceiling(d) : null);
        library.Add("round", "<n-n?:n>", (_, a, _) => a[0] is double d ? Round(d, StringFunctions.Arg(a, 1) as double? ?? 0) : null);
        library.Add("sqrt", "<n-:n>", (_, a, _) =>
        {
            if (a[0] is not double d) return null;
            if (d < 0) throw JsonataErrors.Create("D3060", value: JsNumber.ToString(d));
            return Math.Sqrt(d);
        });
        library.Add("power", "<n-n:n>", (_, a, _) =>
        {
            if (a[0] is not double d) return null;
            double exponent = StringFunctions.Num(a, 1);
            double result = Math.Pow(d, exponent);
            if (double.IsNaN(result) || double.IsInfinity(result))
            {
                throw JsonataErrors.Create("D3061", value: JsNumber.ToString(d), value2: JsNumber.ToString(exponent));
            }
            return result;
        });
        library.Add("random", "<:n>", (_, _, _) => Random.Shared.NextDouble());
        library.Add("formatBase", "<n-n?:s>", (_, a, _) =>
        {
            if (a[0] is not double d) return null;
            double value = Round(d, 0);
            double radix = StringFunctions.Arg(a, 1) is double r ? Round(r, 0) : 10;
            if (radix < 2 || radix > 36) throw JsonataErrors.Create("D3100", value: JsNumber.ToString(radix));
            return ToRadix((long)value, (int)radix);
        });
    }

    public static object? ToNumber(object? arg)
    {
        switch (arg)
        {
            case null: return null;
            case double: return arg;
            case bool b: return b ? 1d : 0d;
            case string s when DecimalNumber().IsMatch(s):
            {
                double value = double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (double.IsInfinity(value)) break;
                return value;
            }
            case string s when PrefixedInteger().IsMatch(s):
            {
                int radix = char.ToLowerInvariant(s[1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
                return (double)Convert.ToInt64(s.Substring(2), radix);
            }
        }
        throw JsonataErrors.Create("D3030", value: JsonataErrors.Describe(arg));
    }

    /// <summary>Rounds half to even at <paramref name="precision"/> decimal places, via decimal shifting like jsonata-js.</summary>
    public static double Round(double arg, double precision)
    {
        double value = precision != 0 ? Shift(arg, (int)precision) : arg;
        // JavaScript's Math.round rounds .5 towards +infinity; jsonata then moves odd results down (half to even).
        double result = Math.Floor(value + 0.5);
        if (Math.Abs(result - value) == 0.5 && Math.Abs(result % 2) == 1) result -= 1;
        if (precision != 0) result = Shift(result, -(int)precision);
        return result == 0 ? 0 : result;
    }

    /// <summary>Multiplies by 10^places exactly as <c>+(mantissa + 'e' + exponent)</c> does in JavaScript.</summary>
    private static double Shift(double value, int places)
    {
        string text = JsNumber.ToString(value);
        int e = text.IndexOf('e');
        string mantissa = e >= 0 ? text.Substring(0, e) : text;
        int exponent = e >= 0 ? int.Parse(text.Substring(e + 1), CultureInfo.InvariantCulture) : 0;
        return double.Parse(mantissa + "e" + (exponent + places).ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static string ToRadix(long value, int radix)
    {
        if (value == 0) return "0";
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        bool negative = value < 0;
        ulong magnitude = negative ? (ulong)(-value) : (ulong)value;
        var chars = new System.Collections.Generic.List<char>();
        while (magnitude > 0)
        {
            chars.Add(digits[(int)(magnitude % (ulong)radix)]);
            magnitude /= (ulong)radix;
        }
        if (negative) chars.Add('-');
        chars.Reverse();
        return new string(chars.ToArray());
    }
}
