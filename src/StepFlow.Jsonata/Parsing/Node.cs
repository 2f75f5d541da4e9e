using System.Collections.Generic;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Parsing;

/// <summary>
/// A syntax-tree node. Like jsonata-js it is one shape with optional parts; the parser and the post-parse pass
/// fill it in, after which the tree is never modified, so a parsed expression can be shared between threads.
/// </summary>
internal sealed class Node
{
    public Node(NodeType type, string? value, int position)
    {
        Type = type;
        Value = value;
        Position = position;
    }

    public NodeType Type { get; set; }

    /// <summary>Operator symbol, field name or variable name.</summary>
    public string? Value { get; set; }

    /// <summary>Literal value for string, number and true/false/null nodes.</summary>
    public object? Literal { get; set; }

    public int Position { get; set; }

    public Node? Lhs { get; set; }

    public Node? Rhs { get; set; }

    public Node? Expression { get; set; }

    public List<Node>? Expressions { get; set; }

    /// <summary>Object constructor / group-by key-value expression pairs.</summary>
    public List<(Node Key, Node Value)>? Pairs { get; set; }

    public List<SortTerm>? Terms { get; set; }

    public Node? Procedure { get; set; }

    public List<Node>? Arguments { get; set; }

    /// <summary>Parameter names of a lambda, without the leading <c>$</c>.</summary>
    public string[]? ParameterNames { get; set; }

    public Node? Body { get; set; }

    public Signature? Signature { get; set; }

    public bool Thunk { get; set; }

    public Node? Condition { get; set; }

    public Node? Then { get; set; }

    public Node? Else { get; set; }

    public Node? Pattern { get; set; }

    public Node? Update { get; set; }

    public Node? Delete { get; set; }

    public RegexFunction? Regex { get; set; }

    // Path and step annotations added by the post-parse pass
    public List<Node>? Steps { get; set; }

    public bool KeepSingletonArray { get; set; }

    public bool KeepArray { get; set; }

    public bool ConsArray { get; set; }

    public bool Tuple { get; set; }

    public List<Stage>? Predicate { get; set; }

    public List<Stage>? Stages { get; set; }

    public GroupBy? Group { get; set; }

    public string? Focus { get; set; }

    public string? Index { get; set; }

    public Slot? Ancestor { get; set; }

    public Slot? Slot { get; set; }

    public List<Slot>? SeekingParent { get; set; }

    /// <summary>
    /// Set by the post-parse pass on a path made only of plain field names (optionally after a variable), with no
    /// predicates, grouping or bindings: the evaluator can then walk the objects directly.
    /// </summary>
    public bool IsSimpleName { get; set; }

    /// <summary>A string, number or true/false/null literal with nothing attached: its value is <see cref="Literal"/>.</summary>
    public bool IsConstant { get; set; }

    /// <summary>Set on a step that is a plain field name with no stages, bindings or flags.</summary>
    public bool IsPlainNameStep { get; set; }

    /// <summary>For function calls: the called name, as reported in error messages (<c>Token</c>).</summary>
    public string? ProcedureName { get; set; }
}

/// <summary>One term of an order-by clause.</summary>
internal sealed record SortTerm(bool Descending, Node Expression);

/// <summary>A predicate filter or a positional (<c>#</c>) binding applied to a step.</summary>
internal sealed record Stage(bool IsIndex, Node? Expression, string? Variable, int Position);

/// <summary>A group-by clause: key/value expression pairs.</summary>
internal sealed record GroupBy(List<(Node Key, Node Value)> Pairs, int Position);

/// <summary>A parent-operator (<c>%</c>) slot, resolved during the post-parse pass to an ancestor step.</summary>
internal sealed class Slot
{
    public Slot(string label, int level, int index)
    {
        Label = label;
        Level = level;
        Index = index;
    }

    public string Label { get; set; }

    public int Level { get; set; }

    public int Index { get; }
}
