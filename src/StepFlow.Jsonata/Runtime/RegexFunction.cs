using System.Text.RegularExpressions;

namespace StepFlow.Jsonata.Runtime;

/// <summary>A regular-expression literal; as a function it returns the first match object (or undefined).</summary>
internal sealed class RegexFunction : FunctionValue
{
    public RegexFunction(Regex regex, string source, int position)
    {
        Regex = regex;
        Source = source;
        Position = position;
    }

    public Regex Regex { get; }

    public string Source { get; }

    public int Position { get; }

    public override int Arity => 1;

    /// <summary>The jsonata matcher object for the match at or after <paramref name="start"/>: {match,start,end,groups,next}.</summary>
    public object? MatchAt(string input, int start)
    {
        if (start > input.Length) return null;
        Match match = Regex.Match(input, start);
        if (!match.Success) return null;
        var result = new JObject
        {
            ["match"] = match.Value,
            ["start"] = (double)match.Index,
            ["end"] = (double)(match.Index + match.Length),
        };
        var groups = new JList();
        for (int i = 1; i < match.Groups.Count; i++)
        {
            groups.Add(match.Groups[i].Success ? match.Groups[i].Value : string.Empty);
        }
        result["groups"] = groups;
        int nextStart = match.Length == 0 ? match.Index + 1 : match.Index + match.Length;
        result["next"] = new NativeFunction("next", null, (_, _, _) =>
        {
            if (nextStart >= input.Length) return null;
            object? next = MatchAt(input, nextStart);
            if (next is JObject n && n["match"] is string { Length: 0 })
            {
                throw JsonataErrors.Create("D1004", Position, value: Source);
            }
            return next;
        });
        return result;
    }
}
