using System;

namespace StepFlow.Jsonata.Formatting;

/// <summary>JavaScript <c>Date.UTC</c>-style arithmetic on milliseconds since the epoch (out-of-range fields roll over).</summary>
internal static class UtcCalendar
{
    public const double MillisInADay = 86_400_000;

    public static double Utc(double year, double month, double day = 1, double hour = 0, double minute = 0, double second = 0, double millis = 0)
    {
        double y = year + Math.Floor(month / 12);
        double m = ((month % 12) + 12) % 12;
        double days = DaysFromCivil((long)y, (int)m + 1, 1) + (day - 1);
        return days * MillisInADay + hour * 3_600_000 + minute * 60_000 + second * 1000 + millis;
    }

    /// <summary>Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).</summary>
    private static long DaysFromCivil(long y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /// <summary>The instant as a UTC DateTime; outside years 1–9999 (or not a number) it is a D1001 range error.</summary>
    public static DateTime ToDateTime(double millis)
    {
        const double MinMillis = -62135596800000, MaxMillis = 253402300799999;
        if (double.IsNaN(millis) || millis < MinMillis || millis > MaxMillis)
        {
            throw Runtime.JsonataErrors.Create("D1001", value: Runtime.JsNumber.ToString(millis));
        }
        return DateTime.UnixEpoch.AddMilliseconds(millis);
    }

    /// <summary>JavaScript's getUTCDay: 0 = Sunday.</summary>
    public static int DayOfWeek(double millis) => (int)ToDateTime(millis).DayOfWeek;
}
