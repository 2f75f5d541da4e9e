using System;

namespace StepFlow.Jsonata;

/// <summary>A JSONata syntax, type or evaluation error, carrying the JSONata error code (e.g. <c>T2001</c>).</summary>
public sealed class JsonataException : Exception
{
    internal JsonataException(string code, string message, int position, string? token, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        Position = position;
        Token = token;
    }

    /// <summary>
    /// The JSONata error code, such as <c>S0201</c>, <c>T2001</c>, <c>D3001</c>; <c>U1001</c> when a depth, stack, time
    /// or cancellation bound stopped the evaluation; <c>U1002</c> for an internal failure of this evaluator.
    /// </summary>
    public string Code { get; }

    /// <summary>Character offset in the expression text the error relates to (JSONata reports the end of the token).</summary>
    public int Position { get; internal set; }

    /// <summary>The token (operator or function name) involved, when known.</summary>
    public string? Token { get; internal set; }

    /// <summary>Whether a position has been attached yet (positions are filled in as the error unwinds).</summary>
    internal bool HasPosition => Position >= 0;
}
