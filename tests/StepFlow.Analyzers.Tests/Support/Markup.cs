using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace StepFlow.Analyzers.Tests.Support;

/// <summary>Test sources mark expected diagnostic spans with [| and |]; this strips the marks and returns the spans.</summary>
public static class Markup
{
    public static (string Source, IReadOnlyList<TextSpan> Spans) Parse(string markup)
    {
        var source = new StringBuilder();
        var spans = new List<TextSpan>();
        var open = new Stack<int>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (string.CompareOrdinal(markup, i, "[|", 0, 2) == 0)
            {
                open.Push(source.Length);
                i++;
            }
            else if (string.CompareOrdinal(markup, i, "|]", 0, 2) == 0)
            {
                var start = open.Pop();
                spans.Add(TextSpan.FromBounds(start, source.Length));
                i++;
            }
            else
            {
                source.Append(markup[i]);
            }
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return (source.ToString(), spans);
    }
}
