using System.Collections.Generic;
using System.Text;

namespace StepFlow.Asl.Validation.Syntax;

/// <summary>
/// Parses intrinsic function calls (ASL reference §6.1): <c>Name(arg, ...)</c> with single-quoted strings (escapes
/// \' \{ \} \\ only), numbers, true/false/null, paths and nested calls.
/// </summary>
public sealed class IntrinsicSyntax
{
    private readonly string _text;
    private int _position;

    private IntrinsicSyntax(string text) => _text = text;

    /// <summary>True when the text has the shape of a call (a name followed by '('), valid or not.</summary>
    public static bool LooksLikeCall(string text)
    {
        var open = text.IndexOf('(');
        if (open <= 0)
        {
            return false;
        }

        for (var i = 0; i < open; i++)
        {
            if (!IsNameChar(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses a whole call; on failure <paramref name="error"/> says what is wrong and where.</summary>
    public static IntrinsicCall? Parse(string text, out string? error)
    {
        var parser = new IntrinsicSyntax(text);
        try
        {
            var call = parser.ParseCall(1);
            parser.SkipSpaces();
            if (parser._position != text.Length)
            {
                error = "unexpected text after the closing ')' at character " + (parser._position + 1);
                return null;
            }

            error = null;
            return call;
        }
        catch (SyntaxError e)
        {
            error = e.Message;
            return null;
        }
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '.' || c == '_';

    private IntrinsicCall ParseCall(int depth)
    {
        var start = _position;
        while (_position < _text.Length && IsNameChar(_text[_position]))
        {
            _position++;
        }

        var name = _text.Substring(start, _position - start);
        if (name.Length == 0)
        {
            throw Fail("expected a function name");
        }

        Expect('(');
        var arguments = new List<IntrinsicArgument>();
        SkipSpaces();
        if (Peek() == ')')
        {
            _position++;
            return new IntrinsicCall(name, arguments, depth);
        }

        while (true)
        {
            SkipSpaces();
            arguments.Add(ParseArgument(depth));
            SkipSpaces();
            var c = Peek();
            _position++;
            if (c == ')')
            {
                return new IntrinsicCall(name, arguments, depth);
            }

            if (c != ',')
            {
                _position--;
                throw Fail(c == '\0' ? "missing a closing ')'" : "expected ',' or ')'");
            }
        }
    }

    private IntrinsicArgument ParseArgument(int depth)
    {
        var c = Peek();
        if (c == '\'')
        {
            return new IntrinsicArgument(IntrinsicArgumentKind.String, ParseString(), null);
        }

        if (c == '$')
        {
            return new IntrinsicArgument(IntrinsicArgumentKind.Path, ParsePath(), null);
        }

        if (c == '-' || char.IsDigit(c))
        {
            var start = _position;
            var number = ParseWhile(ch => char.IsDigit(ch) || ch == '.' || ch == '-' || ch == '+' || ch == 'e' || ch == 'E');
            if (!double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                // Found by holding this parser to the engine's (IntrinsicGrammarAgreementTests): "1.2.3" passed here.
                _position = start;
                throw Fail("'" + number + "' is not a number");
            }

            return new IntrinsicArgument(IntrinsicArgumentKind.Number, number, null);
        }

        var word = ParseWhile(IsNameChar);
        switch (word)
        {
            case "true":
            case "false":
                return new IntrinsicArgument(IntrinsicArgumentKind.Boolean, word, null);
            case "null":
                return new IntrinsicArgument(IntrinsicArgumentKind.Null, word, null);
        }

        if (word.Length > 0 && Peek() == '(')
        {
            _position -= word.Length;
            var call = ParseCall(depth + 1);
            return new IntrinsicArgument(IntrinsicArgumentKind.Call, call.Name, call);
        }

        throw Fail("expected a quoted string, a number, a path or a function call");
    }

    private string ParseString()
    {
        var builder = new StringBuilder();
        _position++;
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == '\'')
            {
                return builder.ToString();
            }

            if (c == '\\')
            {
                var escaped = Peek();
                if (escaped != '\'' && escaped != '{' && escaped != '}' && escaped != '\\')
                {
                    throw Fail("only \\', \\{, \\} and \\\\ may be escaped in a string");
                }

                // Keep the backslash before braces: States.Format needs to tell \{ from a placeholder.
                if (escaped == '{' || escaped == '}')
                {
                    builder.Append('\\');
                }

                builder.Append(escaped);
                _position++;
                continue;
            }

            builder.Append(c);
        }

        throw Fail("a string is missing its closing quote");
    }

    /// <summary>A path argument runs to the next top-level ',' or ')'; brackets and quotes inside it are skipped.</summary>
    private string ParsePath()
    {
        var start = _position;
        var depth = 0;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '\'' || c == '"')
            {
                var close = _text.IndexOf(c, _position + 1);
                _position = close < 0 ? _text.Length : close + 1;
                continue;
            }

            if (c == '[' || c == '(')
            {
                depth++;
            }
            else if (c == ']' || (c == ')' && depth > 0))
            {
                depth--;
            }
            else if (depth == 0 && (c == ',' || c == ')'))
            {
                break;
            }

            _position++;
        }

        var path = _text.Substring(start, _position - start).TrimEnd();
        if (PathSyntax.Check(path, PathKind.Path) is { } problem)
        {
            throw Fail("argument '" + path + "': " + problem);
        }

        return path;
    }

    private string ParseWhile(System.Func<char, bool> accept)
    {
        var start = _position;
        while (_position < _text.Length && accept(_text[_position]))
        {
            _position++;
        }

        return _text.Substring(start, _position - start);
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Fail("expected '" + c + "'");
        }

        _position++;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipSpaces()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private SyntaxError Fail(string message) => new(message + " (at character " + (_position + 1) + ")");

    /// <summary>Unwinds the recursive descent; never escapes <see cref="Parse"/>.</summary>
    private sealed class SyntaxError : System.Exception
    {
        public SyntaxError(string message)
            : base(message)
        {
        }
    }
}
