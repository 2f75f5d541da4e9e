using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Formatting;

/// <summary>Formats instants with XPath date/time picture strings (<c>$fromMillis</c>, <c>$now</c>).</summary>
internal static class DateTimePicture
{
    private const string IsoPicture = "[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01].[f001][Z01:01t]";

    public static readonly string[] Days = { string.Empty, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    public static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private static readonly Dictionary<char, string> DefaultPresentation = new()
    {
        ['Y'] = "1", ['M'] = "1", ['D'] = "1", ['d'] = "1", ['F'] = "n", ['W'] = "1", ['w'] = "1", ['X'] = "1",
        ['x'] = "1", ['H'] = "1", ['h'] = "1", ['P'] = "n", ['m'] = "01", ['s'] = "01", ['f'] = "1", ['Z'] = "01:01",
        ['z'] = "01:01", ['C'] = "n", ['E'] = "n",
    };

    public static List<DateTimeMarker> Analyse(string picture)
    {
        var spec = new List<DateTimeMarker>();
        int start = 0, pos = 0;
        void AddLiteral(int from, int to)
        {
            if (to > from) spec.Add(new DateTimeMarker { IsLiteral = true, Literal = picture.Substring(from, to - from).Replace("]]", "]") });
        }
        while (pos < picture.Length)
        {
            if (picture[pos] == '[')
            {
                if (pos + 1 < picture.Length && picture[pos + 1] == '[')
                {
                    AddLiteral(start, pos);
                    spec.Add(new DateTimeMarker { IsLiteral = true, Literal = "[" });
                    pos += 2;
                    start = pos;
                    continue;
                }
                AddLiteral(start, pos);
                start = pos;
                pos = picture.IndexOf(']', start);
                if (pos == -1) throw JsonataErrors.Create("D3135");
                string marker = Regex.Replace(picture.Substring(start + 1, pos - start - 1), "\\s+", string.Empty);
                spec.Add(AnalyseMarker(marker));
                start = pos + 1;
            }
            pos++;
        }
        AddLiteral(start, pos);
        return spec;
    }

    private static DateTimeMarker AnalyseMarker(string marker)
    {
        var def = new DateTimeMarker { Component = marker.Length > 0 ? marker[0] : '\0' };
        int comma = marker.LastIndexOf(',');
        string presentation;
        if (comma != -1)
        {
            string widthMod = marker.Substring(comma + 1);
            int dash = widthMod.IndexOf('-');
            string min = dash == -1 ? widthMod : widthMod.Substring(0, dash);
            string? max = dash == -1 ? null : widthMod.Substring(dash + 1);
            def.HasWidth = true;
            def.MinWidth = ParseWidth(min);
            def.MaxWidth = ParseWidth(max);
            presentation = marker.Substring(1, comma - 1);
        }
        else
        {
            presentation = marker.Length > 0 ? marker.Substring(1) : string.Empty;
        }
        if (presentation.Length == 1)
        {
            def.Presentation1 = presentation;
        }
        else if (presentation.Length > 1)
        {
            char last = presentation[^1];
            if ("atco".IndexOf(last) != -1)
            {
                def.Presentation2 = last;
                if (last == 'o') def.Ordinal = true;
                def.Presentation1 = presentation.Substring(0, presentation.Length - 1);
            }
            else
            {
                def.Presentation1 = presentation;
            }
        }
        else
        {
            def.Presentation1 = DefaultPresentation.TryGetValue(def.Component, out string? d) ? d : null;
        }
        if (def.Presentation1 is null) throw JsonataErrors.Create("D3132", value: def.Component.ToString());

        if (def.Presentation1[0] == 'n')
        {
            def.Names = LetterCase.Lower;
        }
        else if (def.Presentation1[0] == 'N')
        {
            def.Names = def.Presentation1.Length > 1 && def.Presentation1[1] == 'n' ? LetterCase.Title : LetterCase.Upper;
        }
        else if ("YMDdFWwXxHhmsf".IndexOf(def.Component) != -1)
        {
            string integerPattern = def.Presentation1;
            if (def.Presentation2 is char p2) integerPattern += ";" + p2;
            def.IntegerFormat = IntegerPicture.Analyse(integerPattern);
            if (def.MinWidth is int minWidth && def.IntegerFormat.MandatoryDigits < minWidth) def.IntegerFormat.MandatoryDigits = minWidth;
            if ("YMD".IndexOf(def.Component) != -1)
            {
                def.N = -1;
                if (def.MaxWidth is int maxWidth)
                {
                    def.N = maxWidth;
                    def.IntegerFormat.MandatoryDigits = maxWidth;
                }
                else
                {
                    int w = def.IntegerFormat.MandatoryDigits + def.IntegerFormat.OptionalDigits;
                    if (w >= 2) def.N = w;
                }
            }
        }
        if (def.Component is 'Z' or 'z') def.IntegerFormat = IntegerPicture.Analyse(def.Presentation1);
        return def;
    }

    private static int? ParseWidth(string? text)
    {
        if (text is null || text == "*") return null;
        int end = 0;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        return end == 0 ? null : int.Parse(text.AsSpan(0, end), provider: CultureInfo.InvariantCulture);
    }

    public static string Format(long millis, string? picture, string? timezone)
    {
        int offsetHours = 0, offsetMinutes = 0;
        if (timezone is not null)
        {
            int offset = ParseLeadingInt(timezone);
            offsetHours = (int)Math.Floor(offset / 100.0);
            offsetMinutes = offset % 100;
        }
        List<DateTimeMarker> spec = Analyse(picture ?? IsoPicture);
        double offsetMillis = (60 * offsetHours + offsetMinutes) * 60 * 1000;
        double dateTime = millis + offsetMillis;
        var result = new StringBuilder();
        foreach (DateTimeMarker part in spec)
        {
            if (part.IsLiteral) result.Append(part.Literal);
            else result.Append(FormatComponent(dateTime, part, offsetHours, offsetMinutes));
        }
        return result.ToString();
    }

    private static int ParseLeadingInt(string text)
    {
        text = text.Trim();
        int end = 0;
        if (end < text.Length && (text[0] == '-' || text[0] == '+')) end++;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        return int.TryParse(text.AsSpan(0, end), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) ? value : 0;
    }

    private static string FormatComponent(double date, DateTimeMarker marker, int offsetHours, int offsetMinutes)
    {
        object value = Fragment(date, marker.Component);
        char component = marker.Component;
        if ("YMDdFWwXxHhms".IndexOf(component) != -1)
        {
            double number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            if (component == 'Y' && marker.N != -1) number %= Math.Pow(10, marker.N);
            if (marker.Names is LetterCase names)
            {
                string name;
                if (component is 'M' or 'x') name = Months[(int)number - 1];
                else if (component == 'F') name = Days[(int)number];
                else throw JsonataErrors.Create("D3133", value: component.ToString());
                if (names == LetterCase.Upper) name = name.ToUpperInvariant();
                else if (names == LetterCase.Lower) name = name.ToLowerInvariant();
                if (marker.MaxWidth is int max && name.Length > max) name = name.Substring(0, max);
                return name;
            }
            return IntegerPicture.Format(number, marker.IntegerFormat!);
        }
        if (component == 'f') return IntegerPicture.Format(Convert.ToDouble(value, CultureInfo.InvariantCulture), marker.IntegerFormat!);
        if (component is 'Z' or 'z') return FormatZone(marker, offsetHours, offsetMinutes);
        if (component == 'P')
        {
            string ampm = (string)value;
            return marker.Names == LetterCase.Upper ? ampm.ToUpperInvariant() : ampm;
        }
        return value as string ?? string.Empty;
    }

    private static string FormatZone(DateTimeMarker marker, int offsetHours, int offsetMinutes)
    {
        int offset = offsetHours * 100 + offsetMinutes;
        IntegerFormat format = marker.IntegerFormat!;
        string value;
        if (format.Regular)
        {
            value = IntegerPicture.Format(offset, format);
        }
        else
        {
            int digits = format.MandatoryDigits;
            if (digits is 1 or 2)
            {
                value = IntegerPicture.Format(offsetHours, format);
                if (offsetMinutes != 0) value += ":" + IntegerPicture.Format(offsetMinutes, "00");
            }
            else if (digits is 3 or 4)
            {
                value = IntegerPicture.Format(offset, format);
            }
            else
            {
                throw JsonataErrors.Create("D3134", value: IntegerPicture.Invariant(digits));
            }
        }
        if (offset >= 0) value = "+" + value;
        if (marker.Component == 'z') value = "GMT" + value;
        if (offset == 0 && marker.Presentation2 == 't') value = "Z";
        return value;
    }

    private static double StartOfFirstWeek(double year, double month)
    {
        double jan1 = UtcCalendar.Utc(year, month);
        int day = UtcCalendar.DayOfWeek(jan1);
        if (day == 0) day = 7;
        return day > 4 ? jan1 + (8 - day) * UtcCalendar.MillisInADay : jan1 - (day - 1) * UtcCalendar.MillisInADay;
    }

    private static double DeltaWeeks(double start, double end) => (end - start) / (UtcCalendar.MillisInADay * 7) + 1;

    /// <summary>The value of one date/time component of an instant (jsonata's <c>getDateTimeFragment</c>).</summary>
    public static object Fragment(double millis, char component)
    {
        DateTime date = UtcCalendar.ToDateTime(millis);
        int year = date.Year, month = date.Month - 1;
        switch (component)
        {
            case 'Y': return (double)year;
            case 'M': return (double)(month + 1);
            case 'D': return (double)date.Day;
            case 'd':
            {
                double today = UtcCalendar.Utc(year, month, date.Day);
                double firstJan = UtcCalendar.Utc(year, 0);
                return (today - firstJan) / UtcCalendar.MillisInADay + 1;
            }
            case 'F':
            {
                int day = (int)date.DayOfWeek;
                return (double)(day == 0 ? 7 : day);
            }
            case 'W':
            {
                double start = StartOfFirstWeek(year, 0);
                double today = UtcCalendar.Utc(year, month, date.Day);
                double week = DeltaWeeks(start, today);
                if (week > 52)
                {
                    if (today >= StartOfFirstWeek(year + 1, 0)) week = 1;
                }
                else if (week < 1)
                {
                    week = DeltaWeeks(StartOfFirstWeek(year - 1, 0), today);
                }
                return Math.Floor(week);
            }
            case 'w':
            {
                double start = StartOfFirstWeek(year, month);
                double today = UtcCalendar.Utc(year, month, date.Day);
                double week = DeltaWeeks(start, today);
                if (week > 4)
                {
                    var (ny, nm) = month == 11 ? (year + 1, 0) : (year, month + 1);
                    if (today >= StartOfFirstWeek(ny, nm)) week = 1;
                }
                else if (week < 1)
                {
                    var (py, pm) = month == 0 ? (year - 1, 11) : (year, month - 1);
                    week = DeltaWeeks(StartOfFirstWeek(py, pm), today);
                }
                return Math.Floor(week);
            }
            case 'X':
            {
                double startIso = StartOfFirstWeek(year, 0);
                double endIso = StartOfFirstWeek(year + 1, 0);
                if (millis < startIso) return (double)(year - 1);
                if (millis >= endIso) return (double)(year + 1);
                return (double)year;
            }
            case 'x':
            {
                double startIso = StartOfFirstWeek(year, month);
                var (ny, nm) = month == 11 ? (year + 1, 0) : (year, month + 1);
                double endIso = StartOfFirstWeek(ny, nm);
                if (millis < startIso) return (double)((month == 0 ? 11 : month - 1) + 1);
                if (millis >= endIso) return (double)(nm + 1);
                return (double)(month + 1);
            }
            case 'H': return (double)date.Hour;
            case 'h':
            {
                int h = date.Hour % 12;
                return (double)(h == 0 ? 12 : h);
            }
            case 'P': return date.Hour >= 12 ? "pm" : "am";
            case 'm': return (double)date.Minute;
            case 's': return (double)date.Second;
            case 'f': return (double)date.Millisecond;
            case 'C':
            case 'E':
                return "ISO";
            default:
                return string.Empty;
        }
    }
}
