using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace StepFlow.Paths
{
    /// <summary>Recursive-descent parser for the Jayway JSONPath dialect used by Step Functions.</summary>
    internal sealed class JsonPathParser
    {
        private readonly string _text;
        private int _pos;

        public JsonPathParser(string text, int start = 0)
        {
            _text = text ?? string.Empty;
            _pos = start;
        }

        public int Position => _pos;

        public JsonPath ParseWhole()
        {
            var path = ParsePath(inFilter: false);
            if (_pos != _text.Length)
            {
                throw Error("Unexpected character '" + _text[_pos] + "'");
            }

            return path;
        }

        /// <summary>Parses a path starting at the current position; in filters it stops at operators and ')'.</summary>
        public JsonPath ParsePath(bool inFilter)
        {
            var start = _pos;
            if (Peek() != '$')
            {
                throw Error("A path must start with '$'");
            }

            _pos++;
            var root = JsonPathRoot.Input;
            string? variable = null;
            if (Peek() == '$')
            {
                _pos++;
                root = JsonPathRoot.Context;
            }
            else if (IsIdentifierStart(Peek()))
            {
                var nameStart = _pos;
                while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
                {
                    _pos++;
                }

                root = JsonPathRoot.Variable;
                variable = _text.Substring(nameStart, _pos - nameStart);
            }

            var segments = ParseSegments(inFilter);
            return new JsonPath(_text.Substring(start, _pos - start), root, variable, segments);
        }

        /// <summary>Parses the segments of a relative filter path (after '@').</summary>
        public List<PathSegment> ParseSegments(bool inFilter)
        {
            var segments = new List<PathSegment>();
            while (_pos < _text.Length)
            {
                var c = _text[_pos];
                if (c == '.')
                {
                    _pos++;
                    if (Peek() == '.')
                    {
                        _pos++;
                        segments.Add(new RecursiveDescentSegment(Peek() == '[' ? ParseBracket() : ParseDotMember(inFilter)));
                    }
                    else if (Peek() == '[')
                    {
                        // Jayway reads "$.[0]" and "$.a.['b']" as if the dot were absent; AWS accepts them and the
                        // real-world corpus uses them (idempotent-workflow, ec2-instance-isolation, account-vending-machine).
                        segments.Add(ParseBracket());
                    }
                    else
                    {
                        segments.Add(ParseDotMember(inFilter));
                    }
                }
                else if (c == '[')
                {
                    segments.Add(ParseBracket());
                }
                else if (inFilter)
                {
                    break;
                }
                else
                {
                    throw Error("Expected '.' or '['");
                }
            }

            return segments;
        }

        private PathSegment ParseDotMember(bool inFilter)
        {
            if (Peek() == '*')
            {
                _pos++;
                return new WildcardSegment();
            }

            var start = _pos;
            var name = new StringBuilder();
            while (_pos < _text.Length)
            {
                var c = _text[_pos];
                if (c == '\\' && _pos + 1 < _text.Length)
                {
                    name.Append(_text[_pos + 1]);
                    _pos += 2;
                    continue;
                }

                if (c == '.' || c == '[' || (inFilter && IsFilterDelimiter(c)))
                {
                    break;
                }

                if (c == ']')
                {
                    throw Error("Unexpected ']' in a member name");
                }

                if (c == '(' && _pos + 1 < _text.Length && _text[_pos + 1] == ')')
                {
                    _pos += 2;
                    return new FunctionSegment(name.ToString());
                }

                name.Append(c);
                _pos++;
            }

            if (name.Length == 0)
            {
                _pos = start;
                throw Error("Expected a member name after '.'");
            }

            return new MemberSegment(name.ToString());
        }

        private PathSegment ParseBracket()
        {
            _pos++; // '['
            SkipSpaces();
            var c = Peek();
            PathSegment segment;
            if (c == '*')
            {
                _pos++;
                segment = new WildcardSegment();
            }
            else if (c == '?')
            {
                _pos++;
                SkipSpaces();
                Expect('(');
                var filter = ParseOr();
                SkipSpaces();
                Expect(')');
                segment = new FilterSegment(filter);
            }
            else if (c == '\'' || c == '"')
            {
                var names = new List<PathSegment> { new MemberSegment(ReadQuoted()) };
                SkipSpaces();
                while (Peek() == ',')
                {
                    _pos++;
                    SkipSpaces();
                    names.Add(new MemberSegment(ReadQuoted()));
                    SkipSpaces();
                }

                segment = names.Count == 1 ? names[0] : new UnionSegment(names);
            }
            else
            {
                segment = ParseIndexOrSlice();
            }

            SkipSpaces();
            Expect(']');
            return segment;
        }

        private PathSegment ParseIndexOrSlice()
        {
            var first = ReadOptionalInt();
            SkipSpaces();
            if (Peek() == ':')
            {
                _pos++;
                SkipSpaces();
                var end = ReadOptionalInt();
                SkipSpaces();
                int? step = null;
                if (Peek() == ':')
                {
                    _pos++;
                    SkipSpaces();
                    step = ReadOptionalInt();
                    if (step == 0)
                    {
                        throw Error("Slice step must not be zero");
                    }
                }

                return new SliceSegment(first, end, step);
            }

            if (first is null)
            {
                throw Error("Expected an index, a slice, '*', '?(' or a quoted name inside '[ ]'");
            }

            if (Peek() != ',')
            {
                return new IndexSegment(first.Value);
            }

            var members = new List<PathSegment> { new IndexSegment(first.Value) };
            while (Peek() == ',')
            {
                _pos++;
                SkipSpaces();
                var next = ReadOptionalInt() ?? throw Error("Expected an index after ','");
                members.Add(new IndexSegment(next));
                SkipSpaces();
            }

            return new UnionSegment(members);
        }

        private FilterExpression ParseOr()
        {
            var left = ParseAnd();
            SkipSpaces();
            while (Match("||"))
            {
                left = new OrFilter(left, ParseAnd());
                SkipSpaces();
            }

            return left;
        }

        private FilterExpression ParseAnd()
        {
            var left = ParseUnary();
            SkipSpaces();
            while (Match("&&"))
            {
                left = new AndFilter(left, ParseUnary());
                SkipSpaces();
            }

            return left;
        }

        private FilterExpression ParseUnary()
        {
            SkipSpaces();
            if (Peek() == '!' && Peek(1) != '=')
            {
                _pos++;
                return new NotFilter(ParseUnary());
            }

            if (Peek() == '(')
            {
                _pos++;
                var inner = ParseOr();
                SkipSpaces();
                Expect(')');
                return inner;
            }

            var left = ParseOperand();
            SkipSpaces();
            var op = ReadOperator();
            if (op is null)
            {
                return new ExistsFilter(left);
            }

            SkipSpaces();
            return new ComparisonFilter(left, op.Value, ParseOperand());
        }

        private FilterOperator? ReadOperator()
        {
            if (Match("==")) return FilterOperator.Equal;
            if (Match("!=")) return FilterOperator.NotEqual;
            if (Match("<=")) return FilterOperator.LessThanOrEqual;
            if (Match(">=")) return FilterOperator.GreaterThanOrEqual;
            if (Match("<")) return FilterOperator.LessThan;
            if (Match(">")) return FilterOperator.GreaterThan;
            return null;
        }

        private FilterOperand ParseOperand()
        {
            var c = Peek();
            if (c == '@')
            {
                var start = _pos;
                _pos++;
                var segments = ParseSegments(inFilter: true);
                var path = new JsonPath(_text.Substring(start, _pos - start), JsonPathRoot.Input, null, segments);
                return new PathOperand(path, RelativeToCurrent: true);
            }

            if (c == '$')
            {
                return new PathOperand(ParsePath(inFilter: true), RelativeToCurrent: false);
            }

            if (c == '\'' || c == '"')
            {
                return new LiteralOperand(JsonStringLiteral.Quote(ReadQuoted()));
            }

            if (Match("true")) return new LiteralOperand("true");
            if (Match("false")) return new LiteralOperand("false");
            if (Match("null")) return new LiteralOperand("null");
            if (c is { } first && (char.IsLetter(first) || first == '_'))
            {
                return new UnquotedWordOperand(ReadBareWord());
            }

            var number = ReadNumberText();
            if (number.Length == 0)
            {
                throw Error("Expected a filter operand ('@', '$', a literal)");
            }

            return new LiteralOperand(number);
        }

        /// <summary>
        /// An unquoted word such as <c>Failure</c> in <c>@.status==Failure</c>: AWS accepts the definition (real
        /// samples use it), but Jayway reads any operand starting with a letter as a number and cannot (not even
        /// "e5" or "NaN"), so it is kept apart for the evaluator to refuse. Same word characters as the rule engine's
        /// FilterWords, which warns about it (SF5023).
        /// </summary>
        private string ReadBareWord()
        {
            var start = _pos;
            while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '-' or '.'))
            {
                _pos++;
            }

            return _text.Substring(start, _pos - start);
        }

        private string ReadNumberText()
        {
            var start = _pos;
            if (Peek() == '-') _pos++;
            while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '.' || _text[_pos] == 'e' || _text[_pos] == 'E'))
            {
                _pos++;
            }

            var text = _text.Substring(start, _pos - start);
            if (text.Length > 0 && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                _pos = start;
                throw Error("Invalid number '" + text + "'");
            }

            return text;
        }

        private string ReadQuoted()
        {
            var quote = Peek();
            if (quote != '\'' && quote != '"')
            {
                throw Error("Expected a quoted name");
            }

            _pos++;
            var sb = new StringBuilder();
            while (_pos < _text.Length && _text[_pos] != quote)
            {
                // Jayway keeps backslashes literally inside quoted names, except before the closing quote.
                if (_text[_pos] == '\\' && _pos + 1 < _text.Length && _text[_pos + 1] == quote)
                {
                    _pos++;
                }

                sb.Append(_text[_pos]);
                _pos++;
            }

            Expect(quote);
            return sb.ToString();
        }

        private int? ReadOptionalInt()
        {
            var start = _pos;
            if (Peek() == '-') _pos++;
            while (_pos < _text.Length && char.IsDigit(_text[_pos]))
            {
                _pos++;
            }

            if (_pos == start)
            {
                return null;
            }

            if (!int.TryParse(_text.Substring(start, _pos - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                _pos = start;
                throw Error("Invalid integer");
            }

            return value;
        }

        private static bool IsFilterDelimiter(char c) =>
            char.IsWhiteSpace(c) || c == ')' || c == '=' || c == '!' || c == '<' || c == '>' || c == '&' || c == '|' || c == ',';

        internal static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

        internal static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

        private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

        private bool Match(string token)
        {
            if (string.CompareOrdinal(_text, _pos, token, 0, token.Length) == 0)
            {
                _pos += token.Length;
                return true;
            }

            return false;
        }

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
            while (_pos < _text.Length && _text[_pos] == ' ')
            {
                _pos++;
            }
        }

        private PathParseException Error(string message) => new PathParseException(message, _text, _pos);
    }
}
