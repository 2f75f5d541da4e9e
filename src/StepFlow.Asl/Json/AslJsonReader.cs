using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace StepFlow.Asl.Json;

/// <summary>
/// Reads JSON text (RFC 8259) into <see cref="AslValue"/>s that remember their spans, so diagnostics can point at
/// the exact line and column. Depth is bounded so a hostile, deeply nested file gives a clear error instead of a
/// stack overflow.
/// </summary>
public sealed class AslJsonReader
{
    /// <summary>Deeper than any real definition; deep enough that ASL's own nesting limits are reached first.</summary>
    public const int DefaultMaxDepth = 256;

    private readonly string _text;
    private readonly int _maxDepth;
    private int _position;

    private AslJsonReader(string text, int maxDepth)
    {
        _text = text;
        _maxDepth = maxDepth;
    }

    /// <summary>Parses one JSON value; throws <see cref="AslJsonException"/> with the offset of the problem.</summary>
    public static AslValue Parse(string text, int maxDepth = DefaultMaxDepth)
    {
        var reader = new AslJsonReader(text, maxDepth);
        reader.SkipWhitespace();
        var value = reader.ReadValue(0);
        reader.SkipWhitespace();
        if (reader._position < text.Length)
        {
            throw new AslJsonException("Unexpected text after the JSON value", reader._position);
        }

        return value;
    }

    /// <summary>Parses without throwing; on failure returns false with the error.</summary>
    public static bool TryParse(string text, out AslValue? value, out AslJsonException? error, int maxDepth = DefaultMaxDepth)
    {
        try
        {
            value = Parse(text, maxDepth);
            error = null;
            return true;
        }
        catch (AslJsonException e)
        {
            value = null;
            error = e;
            return false;
        }
    }

    private AslValue ReadValue(int depth)
    {
        if (_position >= _text.Length)
        {
            throw new AslJsonException("Unexpected end of JSON text, expected a value", _position);
        }

        var c = _text[_position];
        switch (c)
        {
            case '{': return ReadObject(depth + 1);
            case '[': return ReadArray(depth + 1);
            case '"':
                var start = _position;
                var s = ReadString();
                return new AslString(s, new SourceSpan(start, _position - start));
            case 't': return ReadLiteral("true", AslValueKind.Boolean);
            case 'f': return ReadLiteral("false", AslValueKind.Boolean);
            case 'n': return ReadLiteral("null", AslValueKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                throw new AslJsonException("Unexpected character '" + c + "', expected a JSON value", _position);
        }
    }

    private AslObject ReadObject(int depth)
    {
        CheckDepth(depth);
        var start = _position;
        _position++;
        var properties = new List<AslProperty>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return new AslObject(new EquatableArray<AslProperty>(properties.ToArray()), new SourceSpan(start, _position - start));
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw new AslJsonException("Expected a property name in double quotes", _position);
            }

            var nameStart = _position;
            var name = ReadString();
            var nameSpan = new SourceSpan(nameStart, _position - nameStart);
            SkipWhitespace();
            Expect(':', "Expected ':' after the property name \"" + name + "\"");
            SkipWhitespace();
            var value = ReadValue(depth);
            properties.Add(new AslProperty(name, value, nameSpan));
            SkipWhitespace();
            var next = Peek();
            if (next == ',')
            {
                _position++;
                continue;
            }

            if (next == '}')
            {
                _position++;
                return new AslObject(new EquatableArray<AslProperty>(properties.ToArray()), new SourceSpan(start, _position - start));
            }

            throw new AslJsonException("Expected ',' or '}' after the value of \"" + name + "\"", _position);
        }
    }

    private AslArray ReadArray(int depth)
    {
        CheckDepth(depth);
        var start = _position;
        _position++;
        var items = new List<AslValue>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return new AslArray(new EquatableArray<AslValue>(items.ToArray()), new SourceSpan(start, _position - start));
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue(depth));
            SkipWhitespace();
            var next = Peek();
            if (next == ',')
            {
                _position++;
                continue;
            }

            if (next == ']')
            {
                _position++;
                return new AslArray(new EquatableArray<AslValue>(items.ToArray()), new SourceSpan(start, _position - start));
            }

            throw new AslJsonException("Expected ',' or ']' in the array", _position);
        }
    }

    private string ReadString()
    {
        var start = _position;
        _position++;
        StringBuilder? builder = null;
        var runStart = _position;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                var tail = _text.Substring(runStart, _position - runStart);
                _position++;
                return builder is null ? tail : builder.Append(tail).ToString();
            }

            if (c < 0x20)
            {
                throw new AslJsonException("Control character in a string (escape it as \\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) + ")", _position);
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            builder ??= new StringBuilder();
            builder.Append(_text, runStart, _position - runStart);
            _position++;
            builder.Append(ReadEscape());
            runStart = _position;
        }

        throw new AslJsonException("Unterminated string", start);
    }

    private char ReadEscape()
    {
        if (_position >= _text.Length)
        {
            throw new AslJsonException("Unterminated escape sequence", _position);
        }

        var c = _text[_position++];
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (_position + 4 > _text.Length
                    || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    throw new AslJsonException("Invalid \\u escape: four hexadecimal digits expected", _position - 2);
                }

                _position += 4;
                return (char)code;
            default:
                throw new AslJsonException("Invalid escape sequence '\\" + c + "'", _position - 2);
        }
    }

    private AslNumber ReadNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
        }
        else if (!ReadDigits())
        {
            throw new AslJsonException("Invalid number: digits expected", _position);
        }

        if (Peek() == '.')
        {
            _position++;
            if (!ReadDigits())
            {
                throw new AslJsonException("Invalid number: digits expected after '.'", _position);
            }
        }

        if (Peek() == 'e' || Peek() == 'E')
        {
            _position++;
            if (Peek() == '+' || Peek() == '-')
            {
                _position++;
            }

            if (!ReadDigits())
            {
                throw new AslJsonException("Invalid number: digits expected in the exponent", _position);
            }
        }

        return new AslNumber(_text.Substring(start, _position - start), new SourceSpan(start, _position - start));
    }

    private bool ReadDigits()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }

        return _position > start;
    }

    private AslValue ReadLiteral(string literal, AslValueKind kind)
    {
        var start = _position;
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw new AslJsonException("Unexpected text, expected a JSON value", _position);
        }

        _position += literal.Length;
        var span = new SourceSpan(start, literal.Length);
        return kind == AslValueKind.Null ? new AslNull(span) : new AslBoolean(literal == "true", span);
    }

    private void CheckDepth(int depth)
    {
        if (depth > _maxDepth)
        {
            throw new AslJsonException("JSON is nested more than " + _maxDepth + " levels deep", _position);
        }
    }

    private void Expect(char expected, string message)
    {
        if (Peek() != expected)
        {
            throw new AslJsonException(message, _position);
        }

        _position++;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            {
                return;
            }

            _position++;
        }
    }
}
