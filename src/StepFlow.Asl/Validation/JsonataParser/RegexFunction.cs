using System.Text.RegularExpressions;

namespace StepFlow.Jsonata.Runtime;

/// <summary>
/// A regular-expression literal as the validators see it: the shared tokenizer has already compiled the pattern
/// (an invalid one is a syntax error), and nothing here ever matches text, so only the pattern is kept.
/// </summary>
internal sealed class RegexFunction
{
    public RegexFunction(Regex regex, string source, int position) => Pattern = regex.ToString();

    /// <summary>The pattern as .NET compiled it.</summary>
    public string Pattern { get; }
}
