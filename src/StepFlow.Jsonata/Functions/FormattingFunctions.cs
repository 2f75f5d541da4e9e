using StepFlow.Jsonata.Formatting;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Functions;

/// <summary>$formatNumber, $formatInteger and $parseInteger (XPath F&amp;O picture strings).</summary>
internal static class FormattingFunctions
{
    public static void Register(BuiltinLibrary library)
    {
        library.Add("formatNumber", "<n-so?:s>", (_, a, _) =>
            a[0] is double d ? NumberPicture.Format(d, StringFunctions.Arg(a, 1) as string ?? string.Empty, StringFunctions.Arg(a, 2) as JObject) : null);
        library.Add("formatInteger", "<n-s:s>", (_, a, _) =>
            a[0] is double d ? IntegerPicture.Format(d, StringFunctions.Arg(a, 1) as string ?? string.Empty) : null);
        library.Add("parseInteger", "<s-s:n>", (_, a, _) =>
            a[0] is string s ? IntegerPicture.Parse(s, StringFunctions.Arg(a, 1) as string ?? string.Empty) : null);
    }
}
