namespace StepFlow.Jsonata.Parsing;

/// <summary>Token categories produced by the <see cref="Tokenizer"/>.</summary>
internal enum TokenType
{
    Name,
    Variable,
    Operator,
    String,
    Number,
    Value,
    Regex,
}

/// <summary>A token; <see cref="Position"/> is the offset just past it, as in jsonata-js.</summary>
internal sealed record Token(TokenType Type, string Value, object? Literal, int Position);
