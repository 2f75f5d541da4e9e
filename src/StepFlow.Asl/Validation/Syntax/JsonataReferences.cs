using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Jsonata.Parsing;

namespace StepFlow.Asl.Validation.Syntax;

/// <summary>
/// The names a parsed expression uses, for the rules: functions it calls, workflow variables it reads (function
/// parameters, <c>:=</c> bindings and <c>@</c>/<c>#</c> bindings are local, not workflow variables), the
/// <c>$states</c> fields it reads, and what it reads from the input document Step Functions does not give
/// (<c>$</c>, <c>$$</c> and bare field names where no step supplies a context).
/// </summary>
public sealed class JsonataReferences
{
    private readonly string _body;
    private readonly HashSet<string> _locals = new(System.StringComparer.Ordinal);
    private readonly List<JsonataReference> _calls = new();
    private readonly List<JsonataReference> _variables = new();
    private readonly List<JsonataReference> _statesFields = new();
    private readonly List<JsonataReference> _inputReads = new();
    private readonly List<JsonataReference> _intrinsics = new();

    private JsonataReferences(string body) => _body = body;

    /// <summary><c>$name(...)</c> calls of names that are neither functions nor bound by the expression itself.</summary>
    public IReadOnlyList<JsonataReference> Calls => _calls;

    /// <summary><c>$name</c> reads of names that are neither bound by the expression, nor functions, nor <c>$states</c>.</summary>
    public IReadOnlyList<JsonataReference> Variables => _variables;

    /// <summary><c>$states.field</c> reads; the span covers <c>$states.field</c>.</summary>
    public IReadOnlyList<JsonataReference> StatesFields => _statesFields;

    /// <summary>Reads of the absent input document: <c>$</c>, <c>$$</c>, or a field name (also * and **).</summary>
    public IReadOnlyList<JsonataReference> InputReads => _inputReads;

    /// <summary>JSONPath intrinsic calls written in JSONata (<c>States.Format(...)</c>); the span covers the name.</summary>
    public IReadOnlyList<JsonataReference> Intrinsics => _intrinsics;

    internal static JsonataReferences Collect(Node root, string body)
    {
        var references = new JsonataReferences(body);
        references.Visit(root, hasContext: false);

        // Bindings count wherever they are made: a name bound anywhere in the expression is never reported.
        var locals = references._locals;
        references._calls.RemoveAll(call => locals.Contains(call.Name));
        references._variables.RemoveAll(read => locals.Contains(read.Name) || FunctionNames.Contains(read.Name) || read.Name == "states");
        return references;
    }

    // hasContext: whether a step, predicate, grouping, sort, transform or lambda supplies the context item here, so
    // that $ and bare names read that item rather than the (absent) input document.
    private void Visit(Node? node, bool hasContext)
    {
        if (node is null)
        {
            return;
        }

        switch (node.Type)
        {
            case NodeType.Path:
                VisitPath(node, hasContext);
                break;
            case NodeType.Name:
            case NodeType.Wildcard:
            case NodeType.Descendant:
                if (!hasContext)
                {
                    _inputReads.Add(new JsonataReference(node.Value ?? "*", NameSpan(node)));
                }

                break;
            case NodeType.Variable:
                VisitVariable(node, hasContext);
                break;
            case NodeType.Function:
            case NodeType.Partial:
                VisitCall(node, hasContext);
                break;
            case NodeType.Lambda:
                foreach (var parameter in node.ParameterNames ?? System.Array.Empty<string>())
                {
                    _locals.Add(parameter);
                }

                Visit(node.Body, hasContext: true);
                break;
            case NodeType.Bind:
                if (node.Lhs?.Value is { } bound)
                {
                    _locals.Add(bound);
                }

                Visit(node.Rhs, hasContext);
                break;
            case NodeType.Transform:
                Visit(node.Pattern, hasContext: true);
                Visit(node.Update, hasContext: true);
                Visit(node.Delete, hasContext: true);
                break;
            case NodeType.Sort:
                VisitAll(node.Terms, hasContext: true);
                break;
            default:
                Visit(node.Lhs, hasContext);
                Visit(node.Rhs, hasContext);
                Visit(node.Expression, hasContext);
                Visit(node.Condition, hasContext);
                Visit(node.Then, hasContext);
                Visit(node.Else, hasContext);
                VisitAll(node.Expressions, hasContext);
                VisitPairs(node.Pairs, hasContext);
                break;
        }

        VisitAttachments(node);
    }

    private void VisitPath(Node path, bool hasContext)
    {
        var steps = path.Steps!;
        if (steps.Count >= 2 && steps[0] is { Type: NodeType.Variable, Value: "states" } && steps[1].Type == NodeType.Name)
        {
            var start = VariableSpan(steps[0]).Start;
            _statesFields.Add(new JsonataReference(steps[1].Value!, new SourceSpan(start, NameSpan(steps[1]).Start + NameSpan(steps[1]).Length - start)));
        }

        if (steps.Count >= 2 && steps[0] is { Type: NodeType.Name, Value: "States" } && steps[1] is { Type: NodeType.Function, ProcedureName: { } function, Procedure: { } procedure })
        {
            var start = NameSpan(steps[0]).Start;
            _intrinsics.Add(new JsonataReference("States." + function, Clamp(start, procedure.Position - start)));
        }

        for (var i = 0; i < steps.Count; i++)
        {
            Visit(steps[i], hasContext || i > 0);
        }

        if (path.Group is { } group)
        {
            VisitPairs(group.Pairs, hasContext: true);
        }
    }

    private void VisitVariable(Node variable, bool hasContext)
    {
        var name = variable.Value ?? string.Empty;
        if (name == "$" || (name.Length == 0 && !hasContext))
        {
            _inputReads.Add(new JsonataReference(name.Length == 0 ? "$" : "$$", VariableSpan(variable)));
        }
        else if (name.Length > 0)
        {
            _variables.Add(new JsonataReference(name, VariableSpan(variable)));
        }
    }

    private void VisitCall(Node call, bool hasContext)
    {
        if (call.Procedure is { Type: NodeType.Variable, Value: { Length: > 0 } name } procedure && name != "$")
        {
            if (!FunctionNames.Contains(name))
            {
                _calls.Add(new JsonataReference(name, VariableSpan(procedure)));
            }
        }
        else
        {
            Visit(call.Procedure, hasContext);
        }

        VisitAll(call.Arguments, hasContext);
    }

    /// <summary>Predicates, index and focus bindings and grouping attached to any step: all see the step's item.</summary>
    private void VisitAttachments(Node node)
    {
        foreach (var stages in new[] { node.Predicate, node.Stages })
        {
            foreach (var stage in stages ?? new List<Stage>())
            {
                if (stage.Variable is { } index)
                {
                    _locals.Add(index);
                }

                Visit(stage.Expression, hasContext: true);
            }
        }

        foreach (var binding in new[] { node.Focus, node.Index })
        {
            if (binding is not null)
            {
                _locals.Add(binding);
            }
        }

        if (node.Type != NodeType.Path && node.Group is { } group)
        {
            VisitPairs(group.Pairs, hasContext: true);
        }
    }

    private void VisitAll(List<Node>? nodes, bool hasContext)
    {
        foreach (var node in nodes ?? new List<Node>())
        {
            Visit(node, hasContext);
        }
    }

    private void VisitAll(List<SortTerm>? terms, bool hasContext)
    {
        foreach (var term in terms ?? new List<SortTerm>())
        {
            Visit(term.Expression, hasContext);
        }
    }

    private void VisitPairs(List<(Node Key, Node Value)>? pairs, bool hasContext)
    {
        foreach (var (key, value) in pairs ?? new List<(Node, Node)>())
        {
            Visit(key, hasContext);
            Visit(value, hasContext);
        }
    }

    /// <summary><c>$name</c> ends where the token ends; its start is the $.</summary>
    private SourceSpan VariableSpan(Node variable)
    {
        var length = (variable.Value ?? string.Empty).Length + 1;
        return Clamp(variable.Position - length, length);
    }

    /// <summary>A field name ends where its token ends, after the closing ` or quote when it is quoted.</summary>
    private SourceSpan NameSpan(Node name)
    {
        var text = name.Type switch
        {
            NodeType.Wildcard => "*",
            NodeType.Descendant => "**",
            _ => name.Value ?? string.Empty,
        };
        var end = name.Position;
        var plain = end - text.Length;
        var quoted = plain >= 1 && end <= _body.Length && _body[end - 1] is '`' or '"' or '\'';
        return quoted ? Clamp(plain - 2, text.Length + 2) : Clamp(plain, text.Length);
    }

    private SourceSpan Clamp(int start, int length)
    {
        var from = System.Math.Max(0, System.Math.Min(start, _body.Length));
        return new SourceSpan(from, System.Math.Max(0, System.Math.Min(length, _body.Length - from)));
    }
}
