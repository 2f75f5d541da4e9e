using System.Globalization;
using System.Text;

namespace StepFlow.Asl.Json;

/// <summary>
/// Writes ASL JSON deterministically: two-space indentation, "\n" line endings, members in the order they are held,
/// numbers as their literal text (never culture-formatted). Hand-written rather than System.Text.Json because the
/// generator runs inside the compiler, where extra assembly dependencies are a known cause of CS8032/CS8785.
/// </summary>
public static class AslJsonWriter
{
    public static string Write(AslValue value)
    {
        var builder = new StringBuilder();
        WriteValue(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>Writes a document: the value followed by a final newline, as files on disk should end.</summary>
    public static string WriteDocument(AslValue value) => Write(value) + "\n";

    public static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    private static void WriteValue(StringBuilder builder, AslValue value, int depth)
    {
        switch (value)
        {
            case AslObject obj:
                WriteObject(builder, obj, depth);
                break;
            case AslArray array:
                WriteArray(builder, array, depth);
                break;
            case AslString s:
                WriteString(builder, s.Value);
                break;
            case AslNumber n:
                builder.Append(n.Literal);
                break;
            case AslBoolean b:
                builder.Append(b.Value ? "true" : "false");
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static void WriteObject(StringBuilder builder, AslObject obj, int depth)
    {
        if (obj.Properties.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        builder.Append('{');
        var first = true;
        foreach (var property in obj.Properties)
        {
            builder.Append(first ? "\n" : ",\n");
            first = false;
            Indent(builder, depth + 1);
            WriteString(builder, property.Name);
            builder.Append(": ");
            WriteValue(builder, property.Value, depth + 1);
        }

        builder.Append('\n');
        Indent(builder, depth);
        builder.Append('}');
    }

    private static void WriteArray(StringBuilder builder, AslArray array, int depth)
    {
        if (array.Items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        builder.Append('[');
        var first = true;
        foreach (var item in array.Items)
        {
            builder.Append(first ? "\n" : ",\n");
            first = false;
            Indent(builder, depth + 1);
            WriteValue(builder, item, depth + 1);
        }

        builder.Append('\n');
        Indent(builder, depth);
        builder.Append(']');
    }

    private static void Indent(StringBuilder builder, int depth) => builder.Append(' ', depth * 2);
}
