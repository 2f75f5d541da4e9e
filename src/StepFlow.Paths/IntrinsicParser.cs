using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace StepFlow.Paths
{
    /// <summary>Parses <c>States.X(arg, ...)</c> calls, checking names and arity against <see cref="IntrinsicCatalog"/>.</summary>
    internal sealed class IntrinsicParser
    {
        private readonly string _text;
        private int _pos;

        public IntrinsicParser(string text)
        {
            _text = text ?? string.Empty;
        }

        public IntrinsicCall ParseWhole()
        {
            SkipSpaces();
            var call = ParseCall();
            SkipSpaces();
            if (_pos != _text.Length)
            {
                throw Error("Unexpected text after the closing ')'");
            }

            return call;
        }

        private IntrinsicCall ParseCall()
        {
            var nameStart = _pos;
            while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '.' || _text[_pos] == '_'))
            {
                _pos++;
            }

            var name = _text.Substring(nameStart, _pos - nameStart);
            if (name.Length == 0)
            {
                throw Error("Expected an intrinsic function name");
            }

            if (!IntrinsicCatalog.TryGet(name, out var info))
            {
                _pos = nameStart;
                throw Error("Unknown intrinsic function '" + name + "'");
            }

            SkipSpaces();
            Expect('(');
            var args = new List<IntrinsicArgument>();
            SkipSpaces();
            if (Peek() != ')')
            {
                while (true)
                {
                    SkipSpaces();
                    args.Add(ParseArgument());
                    SkipSpaces();
                    if (Peek() == ',')
                    {
                        _pos++;
                        continue;
                    }

                    break;
                }
            }

            Expect(')');
            if (args.Count < info.MinArguments || args.Count > info.MaxArguments)
            {
                _pos = nameStart;
                var expected = info.MaxArguments == int.MaxValue
                    ? "at least " + info.MinArguments
                    : info.MinArguments == info.MaxArguments ? info.MinArguments.ToString(CultureInfo.InvariantCulture) : info.MinArguments + " to " + info.MaxArguments;
                throw Error(name + " takes " + expected + " argument(s) but was given " + args.Count);
            }

            return new IntrinsicCall(name, args);
        }

        private IntrinsicArgument ParseArgument()
        {
            var start = _pos;
            var c = Peek();
            if (c == '\'')
            {
                return ParseString();
            }

            if (c == '$')
            {
                var parser = new JsonPathParser(_text, _pos);
                var path = parser.ParsePath(inFilter: true);
                _pos = parser.Position;
                return new IntrinsicPathArgument(path) { Offset = start };
            }

            if (c == '-' || char.IsDigit(c))
            {
                _pos++;
                while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '.' || _text[_pos] == 'e' || _text[_pos] == 'E' || _text[_pos] == '+' || _text[_pos] == '-'))
                {
                    _pos++;
                }

                var text = _text.Substring(start, _pos - start);
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    _pos = start;
                    throw Error("Invalid number '" + text + "'");
                }

                return new IntrinsicNumberArgument(number, text) { Offset = start };
            }

            if (MatchWord("true")) return new IntrinsicBooleanArgument(true) { Offset = start };
            if (MatchWord("false")) return new IntrinsicBooleanArgument(false) { Offset = start };
            if (MatchWord("null")) return new IntrinsicNullArgument { Offset = start };
            if (char.IsLetter(c))
            {
                return new IntrinsicCallArgument(ParseCall()) { Offset = start };
            }

            throw Error("Expected an argument: a 'string', number, true, false, null, a path or a call");
        }

        private IntrinsicStringArgument ParseString()
        {
            var start = _pos;
            _pos++; // opening quote
            var value = new StringBuilder();
            while (_pos < _text.Length && _text[_pos] != '\'')
            {
                var c = _text[_pos];
                if (c == '\\')
                {
                    var next = _pos + 1 < _text.Length ? _text[_pos + 1] : '\0';
                    if (next != '\'' && next != '{' && next != '}' && next != '\\')
                    {
                        throw Error("Invalid escape sequence in string literal: only \\' \\{ \\} and \\\\ are allowed");
                    }

                    value.Append(next);
                    _pos += 2;
                    continue;
                }

                value.Append(c);
                _pos++;
            }

            if (_pos >= _text.Length)
            {
                _pos = start;
                throw Error("Unterminated string literal");
            }

            _pos++; // closing quote
            return new IntrinsicStringArgument(value.ToString(), _text.Substring(start + 1, _pos - start - 2)) { Offset = start };
        }

        private bool MatchWord(string word)
        {
            if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0)
            {
                return false;
            }

            var after = _pos + word.Length;
            if (after < _text.Length && (char.IsLetterOrDigit(_text[after]) || _text[after] == '.'))
            {
                return false;
            }

            _pos = after;
            return true;
        }

        private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

        private void Expect(char c)
        {
            if (Peek() != c)
            {
                throw Error("Expected '" + c + "'");
            }

            _pos++;
        }

        private void SkipSpaces()
        {
            while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
            {
                _pos++;
            }
        }

        private PathParseException Error(string message) => new PathParseException(message, _text, _pos);
    }
}
