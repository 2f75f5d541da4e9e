using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Parsing;

/// <summary>Splits JSONata source text into tokens on demand (the parser asks for the next one).</summary>
internal sealed class Tokenizer
{
    private const string Whitespace = " \t\n\r\v";
    private const string SingleCharOperators = ".[]{}(),@#;:?+-*/%|=<>^&!~";

    private readonly string _source;
    private int _position;

    public Tokenizer(string source) => _source = source;

    private char At(int index) => index < _source.Length ? _source[index] : '\0';

    public Token? Next(bool prefix)
    {
        while (true)
        {
            if (_position >= _source.Length) return null;
            char current = _source[_position];
            while (_position < _source.Length && Whitespace.IndexOf(current) > -1)
            {
                _position++;
                current = At(_position);
            }
            if (current == '/' && At(_position + 1) == '*')
            {
                int commentStart = _position;
                _position += 2;
                current = At(_position);
                while (!(current == '*' && At(_position + 1) == '/'))
                {
                    current = At(++_position);
                    if (_position >= _source.Length) throw JsonataErrors.Create("S0106", commentStart);
                }
                _position += 2;
                continue;
            }
            break;
        }
        if (_position >= _source.Length) return null;
        char c = _source[_position];
        if (!prefix && c == '/')
        {
            _position++;
            return ScanRegex();
        }
        string? twoChar = _position + 1 < _source.Length ? _source.Substring(_position, 2) : null;
        if (twoChar is ".." or ":=" or "!=" or ">=" or "<=" or "**" or "~>")
        {
            _position += 2;
            return new Token(TokenType.Operator, twoChar, null, _position);
        }
        if (SingleCharOperators.IndexOf(c) > -1)
        {
            _position++;
            return new Token(TokenType.Operator, c.ToString(), null, _position);
        }
        if (c == '"' || c == '\'') return ScanString(c);
        Token? number = ScanNumber();
        if (number is not null) return number;
        if (c == '`')
        {
            _position++;
            int end = _source.IndexOf('`', _position);
            if (end != -1)
            {
                string quoted = KeyPool.Share(_source.Substring(_position, end - _position));
                _position = end + 1;
                return new Token(TokenType.Name, quoted, null, _position);
            }
            _position = _source.Length;
            throw JsonataErrors.Create("S0105", _position);
        }
        return ScanName();
    }

    private Token ScanName()
    {
        int i = _position;
        while (true)
        {
            char ch = At(i);
            if (i == _source.Length || Whitespace.IndexOf(ch) > -1 || SingleCharOperators.IndexOf(ch) > -1)
            {
                if (At(_position) == '$')
                {
                    string variable = _source.Substring(_position + 1, i - _position - 1);
                    _position = i;
                    return new Token(TokenType.Variable, variable, null, _position);
                }
                string name = KeyPool.Share(_source.Substring(_position, i - _position));
                _position = i;
                return name switch
                {
                    "or" or "in" or "and" => new Token(TokenType.Operator, name, null, _position),
                    "true" => new Token(TokenType.Value, name, Values.True, _position),
                    "false" => new Token(TokenType.Value, name, Values.False, _position),
                    "null" => new Token(TokenType.Value, name, JNull.Value, _position),
                    _ => new Token(TokenType.Name, name, null, _position),
                };
            }
            i++;
        }
    }

    private Token? ScanNumber()
    {
        int start = _position;
        int i = start;
        if (At(i) == '-') i++;
        if (At(i) == '0') i++;
        else if (At(i) >= '1' && At(i) <= '9')
        {
            while (IsDigit(At(i))) i++;
        }
        else return null;
        if (At(i) == '.' && IsDigit(At(i + 1)))
        {
            i++;
            while (IsDigit(At(i))) i++;
        }
        if (At(i) == 'e' || At(i) == 'E')
        {
            int e = i + 1;
            if (At(e) == '+' || At(e) == '-') e++;
            if (IsDigit(At(e)))
            {
                while (IsDigit(At(e))) e++;
                i = e;
            }
        }
        string text = _source.Substring(start, i - start);
        double value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsNaN(value) || double.IsInfinity(value)) throw JsonataErrors.Create("S0102", _position, text);
        _position = i;
        return new Token(TokenType.Number, text, value, _position);
    }

    private Token ScanString(char quote)
    {
        _position++;
        var sb = new StringBuilder();
        while (_position < _source.Length)
        {
            char current = _source[_position];
            if (current == '\\')
            {
                _position++;
                current = At(_position);
                switch (current)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        if (IsHex(_position + 1))
                        {
                            sb.Append((char)int.Parse(_source.Substring(_position + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                            _position += 4;
                        }
                        else
                        {
                            throw JsonataErrors.Create("S0104", _position);
                        }
                        break;
                    default:
                        throw JsonataErrors.Create("S0103", _position, current.ToString());
                }
            }
            else if (current == quote)
            {
                _position++;
                string text = KeyPool.Share(sb.ToString());
                return new Token(TokenType.String, text, text, _position);
            }
            else
            {
                sb.Append(current);
            }
            _position++;
        }
        throw JsonataErrors.Create("S0101", _position);
    }

    /// <summary>Whether four hex digits start at <paramref name="start"/>.</summary>
    private bool IsHex(int start)
    {
        if (start + 4 > _source.Length) return false;
        for (int i = start; i < start + 4; i++)
        {
            char c = _source[i];
            if (!IsDigit(c) && (c < 'a' || c > 'f') && (c < 'A' || c > 'F')) return false;
        }
        return true;
    }

    // The parser is also compiled into the netstandard2.0 validators, which lack char.IsAsciiDigit.
    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private Token ScanRegex()
    {
        int start = _position;
        int depth = 0;
        while (_position < _source.Length)
        {
            char current = _source[_position];
            if (IsClosingSlash(_position, depth))
            {
                string pattern = _source.Substring(start, _position - start);
                if (pattern.Length == 0) throw JsonataErrors.Create("S0301", _position);
                _position++;
                int flagsStart = _position;
                while (At(_position) == 'i' || At(_position) == 'm') _position++;
                string flags = _source.Substring(flagsStart, _position - flagsStart);
                var options = RegexOptions.CultureInvariant;
                if (flags.IndexOf('i') >= 0) options |= RegexOptions.IgnoreCase;
                if (flags.IndexOf('m') >= 0) options |= RegexOptions.Multiline;
                Regex regex;
                try
                {
                    regex = new Regex(JsRegexTranslator.Translate(pattern), options);
                }
                catch (ArgumentException)
                {
                    throw JsonataErrors.Create("S0302", _position);
                }
                return new Token(TokenType.Regex, pattern, new RegexFunction(regex, pattern, _position), _position);
            }
            if ((current == '(' || current == '[' || current == '{') && At(_position - 1) != '\\') depth++;
            if ((current == ')' || current == ']' || current == '}') && At(_position - 1) != '\\') depth--;
            _position++;
        }
        throw JsonataErrors.Create("S0302", _position);
    }

    private bool IsClosingSlash(int position, int depth)
    {
        if (At(position) != '/' || depth != 0) return false;
        int backslashes = 0;
        while (position - (backslashes + 1) >= 0 && At(position - (backslashes + 1)) == '\\') backslashes++;
        return backslashes % 2 == 0;
    }
}
