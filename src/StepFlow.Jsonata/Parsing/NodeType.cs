namespace StepFlow.Jsonata.Parsing;

/// <summary>Kinds of syntax-tree node, before and after the post-parse pass.</summary>
internal enum NodeType
{
    // Produced by the Pratt parser (the post-parse pass rewrites most of these)
    Binary,
    Unary,
    Operator,
    End,

    // Final tree
    Path,
    Name,
    String,
    Number,
    Value,
    Wildcard,
    Descendant,
    Parent,
    Condition,
    Block,
    Bind,
    Regex,
    Function,
    Partial,
    Variable,
    Lambda,
    Apply,
    Sort,
    Transform,
    Placeholder,
}
