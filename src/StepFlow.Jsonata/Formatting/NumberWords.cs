using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace StepFlow.Jsonata.Formatting;

/// <summary>English number words for <c>$formatInteger(n, 'w')</c> and back for <c>$parseInteger</c>.</summary>
internal static class NumberWords
{
    private static readonly string[] Few =
    {
        "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen",
    };

    private static readonly string[] Ordinals =
    {
        "Zeroth", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
        "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth",
    };

    private static readonly string[] Decades = { "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "Hundred" };

    private static readonly string[] Magnitudes = { "Thousand", "Million", "Billion", "Trillion" };

    /// <summary>Every word the parser understands, lower case, with its value.</summary>
    public static readonly Dictionary<string, double> WordValues = BuildWordValues();

    private static Dictionary<string, double> BuildWordValues()
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < Few.Length; i++) values[Few[i].ToLowerInvariant()] = i;
        for (int i = 0; i < Ordinals.Length; i++) values[Ordinals[i].ToLowerInvariant()] = i;
        for (int i = 0; i < Decades.Length; i++)
        {
            string word = Decades[i].ToLowerInvariant();
            values[word] = (i + 2) * 10;
            values[word.Substring(0, word.Length - 1) + "ieth"] = values[word];
        }
        values["hundredth"] = 100;
        for (int i = 0; i < Magnitudes.Length; i++)
        {
            string word = Magnitudes[i].ToLowerInvariant();
            double value = Math.Pow(10, (i + 1) * 3);
            values[word] = value;
            values[word + "th"] = value;
        }
        return values;
    }

    public static string ToWords(double value, bool ordinal) => Lookup(value, false, ordinal);

    private static string Lookup(double num, bool prev, bool ord)
    {
        string words;
        if (num <= 19)
        {
            words = (prev ? " and " : string.Empty) + (ord ? Ordinals[(int)num] : Few[(int)num]);
        }
        else if (num < 100)
        {
            int tens = (int)Math.Floor(num / 10);
            double remainder = num % 10;
            words = (prev ? " and " : string.Empty) + Decades[tens - 2];
            if (remainder > 0) words += "-" + Lookup(remainder, false, ord);
            else if (ord) words = words.Substring(0, words.Length - 1) + "ieth";
        }
        else if (num < 1000)
        {
            int hundreds = (int)Math.Floor(num / 100);
            double remainder = num % 100;
            words = (prev ? ", " : string.Empty) + Few[hundreds] + " Hundred";
            if (remainder > 0) words += Lookup(remainder, true, ord);
            else if (ord) words += "th";
        }
        else
        {
            int mag = (int)Math.Floor(Math.Log10(num) / 3);
            if (mag > Magnitudes.Length) mag = Magnitudes.Length;
            double factor = Math.Pow(10, mag * 3);
            double mant = Math.Floor(num / factor);
            double remainder = num - mant * factor;
            words = (prev ? ", " : string.Empty) + Lookup(mant, false, false) + " " + Magnitudes[mag - 1];
            if (remainder > 0) words += Lookup(remainder, true, ord);
            else if (ord) words += "th";
        }
        return words;
    }

    public static double ToNumber(string text)
    {
        string[] parts = Regex.Split(text, ",\\s|\\sand\\s|[\\s\\\\-]");
        var segments = new List<double> { 0 };
        foreach (string part in parts)
        {
            double value = WordValues.TryGetValue(part, out double v) ? v : double.NaN;
            if (value < 100 || double.IsNaN(value))
            {
                double top = segments[^1];
                segments.RemoveAt(segments.Count - 1);
                if (top >= 1000)
                {
                    segments.Add(top);
                    top = 0;
                }
                segments.Add(top + value);
            }
            else
            {
                double top = segments[^1];
                segments[^1] = top * value;
            }
        }
        double result = 0;
        foreach (double s in segments) result += s;
        return result;
    }
}
