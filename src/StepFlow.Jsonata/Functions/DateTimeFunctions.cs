using System;
using System.Globalization;
using StepFlow.Jsonata.Formatting;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Functions;

/// <summary>$now, $millis, $fromMillis and $toMillis (ISO 8601 by default, XPath picture strings otherwise).</summary>
internal static class DateTimeFunctions
{
    public static void Register(BuiltinLibrary library)
    {
        library.Add("now", "<s?s?:s>", (ev, a, _) =>
            FromMillis(ev.Now.ToUnixTimeMilliseconds(), StringFunctions.Arg(a, 0) as string, StringFunctions.Arg(a, 1) as string));
        library.Add("millis", "<:n>", (ev, _, _) => (double)ev.Now.ToUnixTimeMilliseconds());
        library.Add("fromMillis", "<n-s?s?:s>", (_, a, _) =>
            a[0] is double ms ? FromMillis(ms, StringFunctions.Arg(a, 1) as string, StringFunctions.Arg(a, 2) as string) : null);
        library.Add("toMillis", "<s-s?:n>", (ev, a, _) => a[0] is string s ? ToMillis(s, StringFunctions.Arg(a, 1) as string, ev.Now) : null);
    }

    public static string FromMillis(double millis, string? picture, string? timezone)
    {
        if (picture is null && timezone is null)
        {
            return UtcCalendar.ToDateTime(Math.Floor(millis)).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        }
        return DateTimePicture.Format((long)Math.Floor(millis), picture, timezone);
    }

    public static object? ToMillis(string timestamp, string? picture, System.DateTimeOffset now)
    {
        if (picture is null) return Iso8601.Parse(timestamp);
        return DateTimeParser.Parse(timestamp, picture, now);
    }
}
