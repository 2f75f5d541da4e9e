using System.Globalization;
using System.Text;

namespace StepFlow.Visualization.Rendering;

/// <summary>Escaping and number formatting shared by the SVG and HTML writers.</summary>
internal static class MarkupText
{
    /// <summary>Appends <paramref name="text"/> escaped for XML/HTML text and double-quoted attribute values.</summary>
    public static StringBuilder AppendEscaped(this StringBuilder builder, string text)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default:
                    // Control characters other than tab/newline are not allowed in XML 1.0 at all.
                    if (c < ' ' && c is not '\t' and not '\n' and not '\r')
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder;
    }

    /// <summary>Appends a coordinate with at most one decimal, invariant culture.</summary>
    public static StringBuilder AppendNumber(this StringBuilder builder, double value)
    {
        double rounded = System.Math.Round(value, 1, System.MidpointRounding.AwayFromZero);
        return builder.Append((rounded == 0 ? 0 : rounded).ToString("0.#", CultureInfo.InvariantCulture));
    }
}
