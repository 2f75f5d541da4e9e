using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace StepFlow.Local.Evaluation;

/// <summary>The timestamp profile AWS accepts: <c>yyyy-MM-ddTHH:mm:ss[.fraction](Z|±hh:mm)</c>, uppercase T and Z.</summary>
internal static partial class Rfc3339
{
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        // .NET parses at most 7 fractional digits; AWS accepts nanoseconds, so the rest is dropped.
        var fraction = match.Groups["fraction"].Value;
        if (fraction.Length > 8)
        {
            fraction = fraction.Substring(0, 8);
        }

        var zone = match.Groups["zone"].Value;
        var normalized = match.Groups["main"].Value + fraction + (zone == "Z" ? "+00:00" : zone);
        var format = fraction.Length > 0 ? "yyyy-MM-dd'T'HH:mm:ss" + "." + new string('F', fraction.Length - 1) + "zzz" : "yyyy-MM-dd'T'HH:mm:sszzz";
        return DateTimeOffset.TryParseExact(normalized, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    [GeneratedRegex(@"^(?<main>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?<fraction>\.\d+)?(?<zone>Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
