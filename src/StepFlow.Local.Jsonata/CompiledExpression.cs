using StepFlow.Jsonata;

namespace StepFlow.Local.Jsonata;

/// <summary>One expression text, parsed once: either the parsed expression and the variable names it reads, or the
/// syntax error it produced (kept so a bad expression is not re-parsed on every evaluation).</summary>
internal sealed class CompiledExpression
{
    private CompiledExpression(JsonataExpression? expression, JsonataException? syntaxError, string[] variables)
    {
        Expression = expression;
        SyntaxError = syntaxError;
        Variables = variables;
    }

    public JsonataExpression? Expression { get; }

    public JsonataException? SyntaxError { get; }

    /// <summary>Names after <c>$</c> in the text, <c>states</c> included.</summary>
    public string[] Variables { get; }

    public static CompiledExpression Compile(string text)
    {
        try
        {
            return new CompiledExpression(JsonataExpression.Parse(text), null, VariableReferences.In(text));
        }
        catch (JsonataException e)
        {
            return new CompiledExpression(null, e, System.Array.Empty<string>());
        }
    }
}
