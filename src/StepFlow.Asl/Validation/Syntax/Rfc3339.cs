using System.Text.RegularExpressions;

namespace StepFlow.Asl.Validation.Syntax;

/// <summary>The RFC 3339 profile Step Functions accepts: uppercase T, then Z or a numeric offset.</summary>
public static class Rfc3339
{
    private static readonly Regex Pattern = new(
        @"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$",
        RegexOptions.CultureInvariant);

    public static bool IsValid(string text) => Pattern.IsMatch(text);
}
