using System.Globalization;
using System.Text.RegularExpressions;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Formatting;

/// <summary><c>$toMillis</c> without a picture: the ISO 8601 forms jsonata accepts, read like JavaScript's <c>Date.parse</c>.</summary>
internal static partial class Iso8601
{
    [GeneratedRegex(@"^\d{4}(-[01]\d)*(-[0-3]\d)*(T[0-2]\d:[0-5]\d:[0-5]\d)*(\.\d+)?([+-][0-2]\d:?[0-5]\d|Z)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Accepted();

    [GeneratedRegex(@"^(\d{4})(?:-(\d\d))?(?:-(\d\d))?(?:T(\d\d):(\d\d):(\d\d))?(?:\.(\d+))?(Z|[+-]\d\d:?\d\d)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Parts();

    public static object? Parse(string timestamp)
    {
        if (!Accepted().IsMatch(timestamp)) throw JsonataErrors.Create("D3110", value: JsonataErrors.Describe(timestamp));
        Match m = Parts().Match(timestamp);
        if (!m.Success) return double.NaN;
        double year = Int(m.Groups[1].Value);
        double month = m.Groups[2].Success ? Int(m.Groups[2].Value) - 1 : 0;
        double day = m.Groups[3].Success ? Int(m.Groups[3].Value) : 1;
        double hour = m.Groups[4].Success ? Int(m.Groups[4].Value) : 0;
        double minute = m.Groups[5].Success ? Int(m.Groups[5].Value) : 0;
        double second = m.Groups[6].Success ? Int(m.Groups[6].Value) : 0;
        double millis = 0;
        if (m.Groups[7].Success)
        {
            string fraction = (m.Groups[7].Value + "00").Substring(0, 3);
            millis = Int(fraction);
        }
        if (month > 11 || day > 31 || hour > 24 || minute > 59 || second > 59) return null;
        double result = UtcCalendar.Utc(year, month, day, hour, minute, second, millis);
        if (m.Groups[8].Success && m.Groups[8].Value != "Z")
        {
            string zone = m.Groups[8].Value.Replace(":", string.Empty);
            int sign = zone[0] == '-' ? -1 : 1;
            double offset = Int(zone.Substring(1, 2)) * 60 + Int(zone.Substring(3, 2));
            result -= sign * offset * 60_000;
        }
        return result;
    }

    private static double Int(string text) => double.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
