using System.Collections.Generic;
using System.Text;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Parsing;

/// <summary>
/// Top-down operator-precedence (Pratt) parser producing the raw syntax tree that <see cref="AstProcessor"/>
/// then turns into the evaluable tree. Binding powers and error codes follow jsonata-js.
/// </summary>
internal sealed class Parser
{
    private const string EndId = "(end)";
    private const string NameId = "(name)";
    private const string LiteralId = "(literal)";
    private const string RegexId = "(regex)";

    private static readonly Dictionary<string, int> BindingPowers = new()
    {
        ["."] = 75, ["["] = 80, ["]"] = 0, ["{"] = 70, ["}"] = 0, ["("] = 80, [")"] = 0, [","] = 0,
        ["@"] = 80, ["#"] = 80, [";"] = 0, [":"] = 0, ["?"] = 20, ["+"] = 50, ["-"] = 50, ["*"] = 60,
        ["/"] = 60, ["%"] = 60, ["|"] = 0, ["="] = 40, ["<"] = 40, [">"] = 40, ["^"] = 40, ["**"] = 0,
        [".."] = 0, [":="] = 10, ["!="] = 40, ["<="] = 40, [">="] = 40, ["~>"] = 40, ["and"] = 30,
        ["or"] = 25, ["in"] = 40, ["&"] = 50,
        [EndId] = 0, [NameId] = 0, [LiteralId] = 0, [RegexId] = 0,
    };

    private readonly string _source;
    private readonly Tokenizer _lexer;
    private string _id = EndId;
    private Node _node = new(NodeType.End, null, 0);

    private Parser(string source)
    {
        _source = source;
        _lexer = new Tokenizer(source);
    }

    public static Node Parse(string source)
    {
        var parser = new Parser(source);
        parser.Advance();
        Node expr = parser.Expression(0);
        if (parser._id != EndId) throw JsonataErrors.Create("S0201", parser._node.Position, parser._node.Value);
        return new AstProcessor().ProcessRoot(expr);
    }

    private int Lbp => BindingPowers.TryGetValue(_id, out int bp) ? bp : 0;

    private Node Advance(string? expected = null, bool infix = false)
    {
        if (expected is not null && _id != expected)
        {
            string code = _id == EndId ? "S0203" : "S0202";
            throw JsonataErrors.Create(code, _node.Position, _node.Value ?? _id, expected);
        }
        Token? token = _lexer.Next(infix);
        if (token is null)
        {
            _id = EndId;
            _node = new Node(NodeType.End, "(end)", _source.Length);
            return _node;
        }
        switch (token.Type)
        {
            case TokenType.Name:
                _id = NameId;
                _node = new Node(NodeType.Name, token.Value, token.Position);
                break;
            case TokenType.Variable:
                _id = NameId;
                _node = new Node(NodeType.Variable, token.Value, token.Position);
                break;
            case TokenType.Operator:
                if (!BindingPowers.ContainsKey(token.Value)) throw JsonataErrors.Create("S0204", token.Position, token.Value);
                _id = token.Value;
                _node = new Node(NodeType.Operator, token.Value, token.Position);
                break;
            case TokenType.String:
                _id = LiteralId;
                _node = new Node(NodeType.String, token.Value, token.Position) { Literal = token.Literal };
                break;
            case TokenType.Number:
                _id = LiteralId;
                _node = new Node(NodeType.Number, token.Value, token.Position) { Literal = token.Literal };
                break;
            case TokenType.Value:
                _id = LiteralId;
                _node = new Node(NodeType.Value, token.Value, token.Position) { Literal = token.Literal };
                break;
            default:
                _id = RegexId;
                _node = new Node(NodeType.Regex, token.Value, token.Position) { Regex = (RegexFunction?)token.Literal };
                break;
        }
        return _node;
    }

    private Node Expression(int rbp)
    {
        Node t = _node;
        string tid = _id;
        Advance(null, true);
        Node left = Nud(t, tid);
        while (rbp < Lbp)
        {
            t = _node;
            tid = _id;
            Advance();
            left = Led(t, tid, left);
        }
        return left;
    }

    private Node Nud(Node t, string id)
    {
        switch (id)
        {
            case NameId:
            case LiteralId:
            case RegexId:
            case EndId:
            case "and":
            case "or":
            case "in":
                return t;
            case "-":
                t.Type = NodeType.Unary;
                t.Expression = Expression(70);
                return t;
            case "*":
                t.Type = NodeType.Wildcard;
                return t;
            case "**":
                t.Type = NodeType.Descendant;
                return t;
            case "%":
                t.Type = NodeType.Parent;
                return t;
            case "(":
                return Block(t);
            case "[":
                return ArrayConstructor(t);
            case "{":
                t.Type = NodeType.Unary;
                t.Pairs = ObjectPairs();
                return t;
            case "|":
                return Transform(t);
            default:
                throw JsonataErrors.Create("S0211", t.Position, t.Value);
        }
    }

    private Node Led(Node t, string id, Node left)
    {
        switch (id)
        {
            case "(":
                return FunctionCall(t, left);
            case "[":
                return Predicate(t, left);
            case "^":
                return OrderBy(t, left);
            case "{":
                t.Type = NodeType.Binary;
                t.Lhs = left;
                t.Pairs = ObjectPairs();
                return t;
            case ":=":
                if (left.Type != NodeType.Variable) throw JsonataErrors.Create("S0212", left.Position, left.Value);
                t.Type = NodeType.Binary;
                t.Lhs = left;
                t.Rhs = Expression(BindingPowers[":="] - 1);
                return t;
            case "@":
            case "#":
                t.Type = NodeType.Binary;
                t.Lhs = left;
                t.Rhs = Expression(80);
                if (t.Rhs.Type != NodeType.Variable) throw JsonataErrors.Create("S0214", t.Rhs.Position, id);
                return t;
            case "?":
                t.Type = NodeType.Condition;
                t.Condition = left;
                t.Then = Expression(0);
                if (_id == ":")
                {
                    Advance(":");
                    t.Else = Expression(0);
                }
                return t;
            default:
                t.Type = NodeType.Binary;
                t.Lhs = left;
                t.Rhs = Expression(BindingPowers[id]);
                return t;
        }
    }

    private Node FunctionCall(Node t, Node left)
    {
        t.Procedure = left;
        t.Type = NodeType.Function;
        t.Arguments = new List<Node>();
        if (_id != ")")
        {
            while (true)
            {
                if (_node.Type == NodeType.Operator && _id == "?")
                {
                    t.Type = NodeType.Partial;
                    t.Arguments.Add(new Node(NodeType.Placeholder, "?", _node.Position));
                    Advance("?");
                }
                else
                {
                    t.Arguments.Add(Expression(0));
                }
                if (_id != ",") break;
                Advance(",");
            }
        }
        Advance(")", true);
        if (left.Type == NodeType.Name && (left.Value == "function" || left.Value == "\u03BB"))
        {
            for (int index = 0; index < t.Arguments.Count; index++)
            {
                Node arg = t.Arguments[index];
                if (arg.Type != NodeType.Variable)
                {
                    throw JsonataErrors.Create("S0208", arg.Position, arg.Value, (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            t.Type = NodeType.Lambda;
            if (_id == "<")
            {
                int signaturePosition = _node.Position;
                int depth = 1;
                var signature = new StringBuilder("<");
                while (depth > 0 && _id != "{" && _id != EndId)
                {
                    Node tok = Advance();
                    if (_id == ">") depth--;
                    else if (_id == "<") depth++;
                    signature.Append(tok.Value);
                }
                Advance(">");
                try
                {
                    t.Signature = Signature.Parse(signature.ToString());
                }
                catch (JsonataException e)
                {
                    e.Position = signaturePosition + e.Position;
                    throw;
                }
            }
            Advance("{");
            t.Body = Expression(0);
            Advance("}");
        }
        return t;
    }

    private Node Predicate(Node t, Node left)
    {
        if (_id == "]")
        {
            Node step = left;
            while (step.Type == NodeType.Binary && step.Value == "[") step = step.Lhs!;
            step.KeepArray = true;
            Advance("]");
            return left;
        }
        t.Type = NodeType.Binary;
        t.Lhs = left;
        t.Rhs = Expression(0);
        Advance("]", true);
        return t;
    }

    private Node OrderBy(Node t, Node left)
    {
        Advance("(");
        var terms = new List<SortTerm>();
        while (true)
        {
            bool descending = false;
            if (_id == "<")
            {
                Advance("<");
            }
            else if (_id == ">")
            {
                descending = true;
                Advance(">");
            }
            terms.Add(new SortTerm(descending, Expression(0)));
            if (_id != ",") break;
            Advance(",");
        }
        Advance(")");
        t.Type = NodeType.Binary;
        t.Lhs = left;
        t.Terms = terms;
        return t;
    }

    private List<(Node, Node)> ObjectPairs()
    {
        var pairs = new List<(Node, Node)>();
        if (_id != "}")
        {
            while (true)
            {
                Node key = Expression(0);
                Advance(":");
                Node value = Expression(0);
                pairs.Add((key, value));
                if (_id != ",") break;
                Advance(",");
            }
        }
        Advance("}", true);
        return pairs;
    }

    private Node Block(Node t)
    {
        var expressions = new List<Node>();
        while (_id != ")")
        {
            expressions.Add(Expression(0));
            if (_id != ";") break;
            Advance(";");
        }
        Advance(")", true);
        t.Type = NodeType.Block;
        t.Expressions = expressions;
        return t;
    }

    private Node ArrayConstructor(Node t)
    {
        var items = new List<Node>();
        if (_id != "]")
        {
            while (true)
            {
                Node item = Expression(0);
                if (_id == "..")
                {
                    var range = new Node(NodeType.Binary, "..", _node.Position) { Lhs = item };
                    Advance("..");
                    range.Rhs = Expression(0);
                    item = range;
                }
                items.Add(item);
                if (_id != ",") break;
                Advance(",");
            }
        }
        Advance("]", true);
        t.Type = NodeType.Unary;
        t.Expressions = items;
        return t;
    }

    private Node Transform(Node t)
    {
        t.Type = NodeType.Transform;
        t.Pattern = Expression(0);
        Advance("|");
        t.Update = Expression(0);
        if (_id == ",")
        {
            Advance(",");
            t.Delete = Expression(0);
        }
        Advance("|");
        return t;
    }
}
