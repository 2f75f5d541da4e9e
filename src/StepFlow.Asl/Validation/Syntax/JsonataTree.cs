using System;
using StepFlow.Asl.Json;
using StepFlow.Jsonata;
using StepFlow.Jsonata.Parsing;

namespace StepFlow.Asl.Validation.Syntax;

/// <summary>
/// A <c>{% %}</c> body parsed by the evaluator's own JSONata parser (compiled in from src/StepFlow.Jsonata/Parsing),
/// or the syntax error that stops it, placed on the token at fault.
/// </summary>
public sealed class JsonataTree
{
    // The parser recurses once per nesting level and per chained operator; bodies with more operator characters
    // than this are left to the structural check rather than risk the compiler's stack.
    private const int MaxOperators = 500;
    private const string OperatorCharacters = ".[]{}(),@#;:?+-*/%|=<>^&!~$";

    private JsonataTree(string body, JsonataReferences? references, JsonataSyntaxError? error)
    {
        Body = body;
        References = references;
        Error = error;
    }

    /// <summary>The text between <c>{%</c> and <c>%}</c>; spans are offsets in it.</summary>
    public string Body { get; }

    /// <summary>What the expression calls and reads; null when it does not parse.</summary>
    public JsonataReferences? References { get; }

    /// <summary>Why the body does not parse; null when it does.</summary>
    public JsonataSyntaxError? Error { get; }

    /// <summary>Parses <paramref name="body"/>; null when it is too deeply built to parse safely here.</summary>
    public static JsonataTree? Parse(string body)
    {
        if (!IsShallow(body))
        {
            return null;
        }

        try
        {
            return new JsonataTree(body, JsonataReferences.Collect(Parser.Parse(body), body), null);
        }
        catch (JsonataException e)
        {
            return new JsonataTree(body, null, new JsonataSyntaxError(e.Code, e.Message, Locate(body, e.Code, e.Position, e.Token)));
        }
        catch (Exception e) when (e is InvalidCastException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
        {
            // A parser defect on odd input must not become a finding (or a crash in the compiler): no verdict.
            return null;
        }
    }

    private static bool IsShallow(string body)
    {
        var operators = 0;
        foreach (var c in body)
        {
            if (OperatorCharacters.IndexOf(c) >= 0 && ++operators > MaxOperators)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The token at fault: JSONata reports the offset just past it (or its start, for numbers), and the end of the
    /// body when the expression stops early, where the last token written is the one to look at.
    /// </summary>
    private static SourceSpan Locate(string body, string code, int position, string? token)
    {
        if (code is "S0203" or "S0207" or "S0101" || position >= body.Length)
        {
            var last = body.Length - 1;
            while (last > 0 && char.IsWhiteSpace(body[last]))
            {
                last--;
            }

            return new SourceSpan(Math.Max(0, last), body.Length == 0 ? 0 : 1);
        }

        if (token is { Length: > 0 })
        {
            if (position >= token.Length && string.CompareOrdinal(body, position - token.Length, token, 0, token.Length) == 0)
            {
                return new SourceSpan(position - token.Length, token.Length);
            }

            if (position >= 0 && position + token.Length <= body.Length && string.CompareOrdinal(body, position, token, 0, token.Length) == 0)
            {
                return new SourceSpan(position, token.Length);
            }
        }

        return new SourceSpan(Math.Max(0, Math.Min(position, body.Length) - 1), 1);
    }
}
