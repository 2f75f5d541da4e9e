using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Formatting;

/// <summary>
/// <c>$toMillis(timestamp, picture)</c>: builds a regular expression from the picture, extracts the components,
/// fills unspecified leading components from "now" and trailing ones with their minimum, as jsonata-js does.
/// </summary>
internal static class DateTimeParser
{
    private sealed record PartMatcher(char Component, string Regex, Func<string, double>? Parse);

    public static object? Parse(string timestamp, string picture, DateTimeOffset now)
    {
        List<DateTimeMarker> spec = DateTimePicture.Analyse(picture);
        var parts = new List<PartMatcher>(spec.Count);
        foreach (DateTimeMarker part in spec) parts.Add(Matcher(part));
        var full = new StringBuilder("^");
        foreach (PartMatcher part in parts) full.Append('(').Append(part.Regex).Append(')');
        full.Append('$');
        Match info = Regex.Match(timestamp, full.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        if (!info.Success) return null;

        var components = new Dictionary<char, double>();
        for (int i = 1; i < info.Groups.Count; i++)
        {
            PartMatcher part = parts[i - 1];
            if (part.Parse is not null) components[part.Component] = part.Parse(info.Groups[i].Value);
        }
        if (components.Count == 0) return null;

        int mask = 0;
        void Shift(char c)
        {
            mask <<= 1;
            mask += components.TryGetValue(c, out double v) && v != 0 && !double.IsNaN(v) ? 1 : 0;
        }
        bool IsType(int type) => (~type & mask) == 0 && (type & mask) != 0;

        foreach (char c in "YXMxWwdD") Shift(c);
        bool dateA = IsType(161);
        bool dateB = !dateA && IsType(130);
        bool dateC = IsType(84);
        bool dateD = !dateC && IsType(72);
        mask = 0;
        foreach (char c in "PHhmsf") Shift(c);
        bool timeA = IsType(23);
        bool timeB = !timeA && IsType(47);

        string dateComps = dateB ? "YD" : dateC ? "XxwF" : dateD ? "XWF" : "YMD";
        string timeComps = timeB ? "Phmsf" : "Hmsf";
        double nowMillis = now.ToUnixTimeMilliseconds();
        bool startSpecified = false, endSpecified = false;
        foreach (char part in dateComps + timeComps)
        {
            if (!components.ContainsKey(part))
            {
                if (startSpecified)
                {
                    components[part] = "MDd".IndexOf(part) != -1 ? 1 : 0;
                    endSpecified = true;
                }
                else
                {
                    object fragment = DateTimePicture.Fragment(nowMillis, part);
                    components[part] = fragment is double d ? d : 0;
                }
            }
            else
            {
                startSpecified = true;
                if (endSpecified) throw JsonataErrors.Create("D3136");
            }
        }
        double month = components.TryGetValue('M', out double m) && m > 0 ? m - 1 : 0;
        components['M'] = month;
        if (dateB)
        {
            double firstJan = UtcCalendar.Utc(components['Y'], 0);
            DateTime derived = UtcCalendar.ToDateTime(firstJan + (Get(components, 'd') - 1) * UtcCalendar.MillisInADay);
            components['M'] = derived.Month - 1;
            components['D'] = derived.Day;
        }
        if (dateC || dateD) throw JsonataErrors.Create("D3136");
        if (timeB)
        {
            double h = Get(components, 'h');
            components['H'] = h == 12 ? 0 : h;
            if (Get(components, 'P') == 1) components['H'] += 12;
        }
        double millis = UtcCalendar.Utc(Get(components, 'Y'), components['M'], Get(components, 'D'), Get(components, 'H'),
            Get(components, 'm'), Get(components, 's'), Get(components, 'f'));
        double zone = Get(components, 'Z');
        if (zone == 0) zone = Get(components, 'z');
        if (zone != 0 && !double.IsNaN(zone)) millis -= zone * 60 * 1000;
        return millis;
    }

    private static double Get(Dictionary<char, double> components, char c) => components.TryGetValue(c, out double v) ? v : 0;

    private static PartMatcher Matcher(DateTimeMarker part)
    {
        if (part.IsLiteral) return new PartMatcher('\0', IntegerMatcher.EscapeLiteral(part.Literal), null);
        if (part.Component is 'Z' or 'z') return ZoneMatcher(part);
        if (part.IntegerFormat is not null)
        {
            part.IntegerFormat.Width = part.N;
            IntegerMatcher integer = IntegerMatcher.Create(part.IntegerFormat);
            return new PartMatcher(part.Component, integer.Regex, integer.Parse);
        }
        var lookup = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        if (part.Component is 'M' or 'x')
        {
            for (int i = 0; i < DateTimePicture.Months.Length; i++) lookup[Truncate(DateTimePicture.Months[i], part.MaxWidth)] = i + 1;
        }
        else if (part.Component == 'F')
        {
            for (int i = 1; i < DateTimePicture.Days.Length; i++) lookup[Truncate(DateTimePicture.Days[i], part.MaxWidth)] = i;
        }
        else if (part.Component == 'P')
        {
            lookup["am"] = 0;
            lookup["pm"] = 1;
        }
        else
        {
            throw JsonataErrors.Create("D3133", value: part.Component.ToString());
        }
        return new PartMatcher(part.Component, "[a-zA-Z]+", value => lookup.TryGetValue(value, out double v) ? v : double.NaN);
    }

    private static string Truncate(string name, int? max) => max is int m && m > 0 && name.Length > m ? name.Substring(0, m) : name;

    private static PartMatcher ZoneMatcher(DateTimeMarker part)
    {
        IntegerFormat format = part.IntegerFormat!;
        string? separator = format.Regular ? format.GroupingSeparators[0].Character : null;
        string regex = (part.Component == 'z' ? "GMT" : string.Empty) + "[-+][0-9]+";
        if (separator is not null) regex += Regex.Escape(separator) + "[0-9]+";
        return new PartMatcher(part.Component, regex, value =>
        {
            if (part.Component == 'z') value = value.Substring(3);
            int hours, minutes = 0;
            if (separator is not null)
            {
                int at = value.IndexOf(separator, StringComparison.Ordinal);
                hours = int.Parse(value.AsSpan(0, at), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                minutes = int.Parse(value.AsSpan(at + separator.Length), NumberStyles.None, CultureInfo.InvariantCulture);
            }
            else if (value.Length - 1 <= 2)
            {
                hours = int.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            }
            else
            {
                hours = int.Parse(value.AsSpan(0, 3), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                minutes = int.Parse(value.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture);
            }
            return hours * 60 + minutes;
        });
    }
}
