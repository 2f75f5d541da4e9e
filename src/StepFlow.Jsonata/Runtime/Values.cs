using System.Collections.Generic;
using System.Text;

namespace StepFlow.Jsonata.Runtime;

/// <summary>Type tests, truthiness, equality and JSON text for evaluator values (C# null = undefined).</summary>
internal static class Values
{
    public static readonly object True = true;
    public static readonly object False = false;

    public static object Bool(bool value) => value ? True : False;

    /// <summary>jsonata's <c>isNumeric</c>: a finite number; an infinite one is an error (D1001).</summary>
    public static bool IsNumeric(object? value)
    {
        if (value is double d)
        {
            if (double.IsNaN(d)) return false;
            if (double.IsInfinity(d)) throw JsonataErrors.Create("D1001", value: JsNumber.ToString(d));
            return true;
        }
        return false;
    }

    public static bool IsFunction(object? value) => value is FunctionValue;

    public static bool IsArrayOfStrings(object? value)
    {
        if (value is not JList list) return false;
        foreach (object? item in list)
        {
            if (item is not string) return false;
        }
        return true;
    }

    public static bool IsArrayOfNumbers(object? value)
    {
        if (value is not JList list) return false;
        foreach (object? item in list)
        {
            if (item is not double) return false;
        }
        return true;
    }

    /// <summary>The <c>$boolean</c> casting rules; undefined stays undefined (returned as C# null).</summary>
    public static bool? ToBoolean(object? value)
    {
        switch (value)
        {
            case null: return null;
            case JList list:
                if (list.Count == 1) return ToBoolean(list[0]) ?? false;
                foreach (object? item in list)
                {
                    if (ToBoolean(item) == true) return true;
                }
                return false;
            case string s: return s.Length > 0;
            case double d: return d != 0 && !double.IsNaN(d);
            case bool b: return b;
            case JObject o: return o.Count > 0;
            default: return false;
        }
    }

    public static bool Truthy(object? value) => ToBoolean(value) == true;

    public static string? TypeName(object? value) => value switch
    {
        null => null,
        JNull => "null",
        double => "number",
        string => "string",
        bool => "boolean",
        JList => "array",
        FunctionValue => "function",
        _ => "object",
    };

    /// <summary>jsonata's <c>isDeepEqual</c>, used by <c>=</c> and <c>!=</c>.</summary>
    public static bool DeepEquals(object? left, object? right)
    {
        StackGuard.Check();
        if (ReferenceEquals(left, right)) return true;
        switch (left)
        {
            case double a: return right is double bd && a == bd;
            case string a: return right is string bs && a == bs;
            case bool a: return right is bool bb && a == bb;
            case JList a:
                if (right is not JList bl || a.Count != bl.Count) return false;
                for (int i = 0; i < a.Count; i++)
                {
                    if (!DeepEquals(a[i], bl[i])) return false;
                }
                return true;
            case JObject a:
                if (right is not JObject bo || a.Count != bo.Count) return false;
                foreach (var pair in a)
                {
                    if (!bo.TryGetValue(pair.Key, out object? other) || !DeepEquals(pair.Value, other)) return false;
                }
                return true;
            default:
                return false;
        }
    }

    /// <summary><c>JSON.stringify</c> with jsonata's replacer: numbers to 15 significant digits, functions as "".</summary>
    public static string Stringify(object? value, bool pretty, bool forMessage = false)
    {
        var sb = new StringBuilder();
        if (value is JList { OuterWrapper: true } wrapper && wrapper.Count > 0) value = wrapper[0];
        Write(sb, value, pretty, 0, forMessage);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value, bool pretty, int indent, bool forMessage)
    {
        StackGuard.Check();
        switch (value)
        {
            case null:
            case JNull:
                sb.Append("null");
                break;
            case string s:
                WriteString(sb, s);
                break;
            case double d:
                if (double.IsNaN(d) || double.IsInfinity(d))
                {
                    if (!forMessage) IsNumeric(d);
                    sb.Append("null");
                }
                else
                {
                    sb.Append(JsNumber.ToStringPrecision15(d));
                }
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case FunctionValue:
                sb.Append("\"\"");
                break;
            case JList list:
                WriteArray(sb, list, pretty, indent, forMessage);
                break;
            case JObject obj:
                WriteObject(sb, obj, pretty, indent, forMessage);
                break;
            default:
                sb.Append("null");
                break;
        }
    }

    private static void WriteArray(StringBuilder sb, JList list, bool pretty, int indent, bool forMessage)
    {
        if (list.Count == 0)
        {
            sb.Append("[]");
            return;
        }
        sb.Append('[');
        for (int i = 0; i < list.Count; i++)
        {
            if (i > 0) sb.Append(',');
            NewLine(sb, pretty, indent + 1);
            Write(sb, list[i], pretty, indent + 1, forMessage);
        }
        NewLine(sb, pretty, indent);
        sb.Append(']');
    }

    private static void WriteObject(StringBuilder sb, JObject obj, bool pretty, int indent, bool forMessage)
    {
        bool any = false;
        sb.Append('{');
        foreach (var pair in obj)
        {
            if (pair.Value is null) continue;
            if (any) sb.Append(',');
            any = true;
            NewLine(sb, pretty, indent + 1);
            WriteString(sb, pair.Key);
            sb.Append(pretty ? ": " : ":");
            Write(sb, pair.Value, pretty, indent + 1, forMessage);
        }
        if (any) NewLine(sb, pretty, indent);
        sb.Append('}');
    }

    private static void NewLine(StringBuilder sb, bool pretty, int indent)
    {
        if (!pretty) return;
        sb.Append('\n').Append(' ', indent * 2);
    }

    public static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || IsLoneSurrogate(s, i))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                        if (char.IsHighSurrogate(c)) sb.Append(s[++i]);
                    }
                    break;
            }
        }
        sb.Append('"');
    }

    private static bool IsLoneSurrogate(string s, int i)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c)) return i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]);
        return char.IsLowSurrogate(c);
    }

    /// <summary>Flattens nested arrays into one list (jsonata's <c>flatten</c>).</summary>
    public static void Flatten(object? value, List<object?> into)
    {
        StackGuard.Check();
        if (value is JList list)
        {
            foreach (object? item in list) Flatten(item, into);
        }
        else
        {
            into.Add(value);
        }
    }
}
