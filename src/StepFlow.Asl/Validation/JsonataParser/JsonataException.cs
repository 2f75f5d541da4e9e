using System;

namespace StepFlow.Jsonata;

/// <summary>
/// What the JSONata parser throws for a syntax error, in the validators. The parser's sources are compiled in from
/// src/StepFlow.Jsonata/Parsing (one grammar for the evaluator and the checks); this stands in for the evaluator's
/// public exception and is internal, so an assembly that references both never sees two of them.
/// </summary>
internal sealed class JsonataException : Exception
{
    internal JsonataException(string code, string message, int position, string? token)
        : base(message)
    {
        Code = code;
        Position = position;
        Token = token;
    }

    /// <summary>The JSONata error code, such as <c>S0201</c>.</summary>
    public string Code { get; }

    /// <summary>Character offset in the expression just past the token at fault (jsonata-js's convention).</summary>
    public int Position { get; set; }

    /// <summary>The token at fault, when the parser knows it.</summary>
    public string? Token { get; }
}
