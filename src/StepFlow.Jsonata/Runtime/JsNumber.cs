using System;
using System.Globalization;
using System.Text;

namespace StepFlow.Jsonata.Runtime;

/// <summary>Formats doubles exactly as JavaScript's <c>Number.prototype.toString()</c> does.</summary>
internal static class JsNumber
{
    public static string ToString(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (value == 0) return "0";
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15) return ((long)value).ToString(CultureInfo.InvariantCulture);

        return Layout(value.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// <c>Number(value.toPrecision(15))</c> formatted as JavaScript would: what <c>$string</c> and JSON output use.
    /// Formats once when the shortest form already has at most 15 significant digits (the usual case).
    /// </summary>
    public static string ToStringPrecision15(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value == 0) return ToString(value);
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15) return ((long)value).ToString(CultureInfo.InvariantCulture);
        string shortest = value.ToString("R", CultureInfo.InvariantCulture);
        return SignificantDigits(shortest) <= 15 ? Layout(shortest) : ToString(ToPrecision15(value));
    }

    private static int SignificantDigits(string shortest)
    {
        int digits = 0;
        bool leading = true;
        foreach (char c in shortest)
        {
            if (c is 'E' or 'e') break;
            if (c < '0' || c > '9') continue;
            if (leading && c == '0') continue;
            leading = false;
            digits++;
        }
        return digits;
    }

    /// <summary>Re-lays "R"-formatted shortest round-trip digits with JavaScript's thresholds for exponents.</summary>
    private static string Layout(string shortest)
    {
        bool negative = shortest[0] == '-';
        if (negative) shortest = shortest.Substring(1);
        int exponentIndex = shortest.IndexOfAny(new[] { 'E', 'e' });
        string mantissa = exponentIndex >= 0 ? shortest.Substring(0, exponentIndex) : shortest;
        int exponent = exponentIndex >= 0 ? int.Parse(shortest.Substring(exponentIndex + 1), CultureInfo.InvariantCulture) : 0;
        int point = mantissa.IndexOf('.');
        string digits = point >= 0 ? mantissa.Remove(point, 1) : mantissa;
        int pointPosition = (point >= 0 ? point : mantissa.Length) + exponent;
        int leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0') leadingZeros++;
        digits = digits.Substring(leadingZeros);
        pointPosition -= leadingZeros;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        return Layout(negative, digits, pointPosition);
    }

    private static string Layout(bool negative, string digits, int n)
    {
        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        int k = digits.Length;
        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            int e = n - 1;
            sb.Append(digits[0]);
            if (k > 1) sb.Append('.').Append(digits, 1, k - 1);
            sb.Append('e').Append(e >= 0 ? "+" : "-").Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>Rounds to 15 significant digits, as jsonata's <c>$string</c> does via <c>toPrecision(15)</c>.</summary>
    public static double ToPrecision15(double value)
    {
        if (value == 0 || double.IsNaN(value) || double.IsInfinity(value)) return value;
        // Whole numbers below 10^15 already have at most 15 significant digits.
        if (Math.Abs(value) < 1e15 && value == Math.Floor(value)) return value;
        return double.Parse(value.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
