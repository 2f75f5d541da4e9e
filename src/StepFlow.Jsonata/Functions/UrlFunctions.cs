using System;
using System.Text;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Functions;

/// <summary>$encodeUrl, $encodeUrlComponent, $decodeUrl, $decodeUrlComponent with JavaScript's escaping rules.</summary>
internal static class UrlFunctions
{
    private const string ComponentSafe = "-_.!~*'()";
    private const string UriReserved = ";/?:@&=+$,#";

    public static void Register(BuiltinLibrary library)
    {
        library.Add("encodeUrlComponent", "<s-:s>", (_, a, _) => a[0] is string s ? Encode(s, ComponentSafe, "encodeUrlComponent") : null);
        library.Add("encodeUrl", "<s-:s>", (_, a, _) => a[0] is string s ? Encode(s, ComponentSafe + UriReserved, "encodeUrl") : null);
        library.Add("decodeUrlComponent", "<s-:s>", (_, a, _) => a[0] is string s ? Decode(s, string.Empty, "decodeUrlComponent") : null);
        library.Add("decodeUrl", "<s-:s>", (_, a, _) => a[0] is string s ? Decode(s, UriReserved, "decodeUrl") : null);
    }

    private static string Encode(string s, string unescaped, string name)
    {
        var sb = new StringBuilder(s.Length);
        Span<byte> bytes = stackalloc byte[4];
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsAsciiLetterOrDigit(c) || unescaped.IndexOf(c) >= 0)
            {
                sb.Append(c);
                continue;
            }
            int codePoint;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1])) throw Malformed(s, name);
                codePoint = char.ConvertToUtf32(c, s[++i]);
            }
            else if (char.IsLowSurrogate(c))
            {
                throw Malformed(s, name);
            }
            else
            {
                codePoint = c;
            }
            int count = new Rune(codePoint).EncodeToUtf8(bytes);
            for (int b = 0; b < count; b++) sb.Append('%').Append(bytes[b].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static string Decode(string s, string reserved, string name)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c != '%')
            {
                sb.Append(c);
                continue;
            }
            int first = HexByte(s, i);
            if (first < 0) throw Malformed(s, name);
            if (first < 0x80)
            {
                if (reserved.IndexOf((char)first) >= 0) sb.Append(s, i, 3);
                else sb.Append((char)first);
                i += 2;
                continue;
            }
            int length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0;
            if (length == 0) throw Malformed(s, name);
            var buffer = new byte[length];
            buffer[0] = (byte)first;
            for (int k = 1; k < length; k++)
            {
                int at = i + 3 * k;
                int next = at < s.Length && s[at] == '%' ? HexByte(s, at) : -1;
                if (next < 0x80 || next > 0xBF) throw Malformed(s, name);
                buffer[k] = (byte)next;
            }
            try
            {
                sb.Append(new UTF8Encoding(false, true).GetString(buffer));
            }
            catch (ArgumentException)
            {
                throw Malformed(s, name);
            }
            i += 3 * length - 1;
        }
        return sb.ToString();
    }

    private static int HexByte(string s, int percentIndex)
    {
        if (percentIndex + 2 >= s.Length) return -1;
        if (!char.IsAsciiHexDigit(s[percentIndex + 1]) || !char.IsAsciiHexDigit(s[percentIndex + 2])) return -1;
        return Convert.ToInt32(s.Substring(percentIndex + 1, 2), 16);
    }

    private static JsonataException Malformed(string value, string name) =>
        JsonataErrors.Create("D3140", token: name, value: value);
}
