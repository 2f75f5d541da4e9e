using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using StepFlow.Jsonata.Evaluation;
using StepFlow.Jsonata.Functions;
using StepFlow.Jsonata.Parsing;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata;

/// <summary>
/// A parsed JSONata expression. Parse once and reuse: instances are immutable and safe to evaluate from many
/// threads at once. Evaluation never modifies the input.
/// </summary>
public sealed class JsonataExpression
{
    private readonly Node _ast;

    private JsonataExpression(string text, Node ast)
    {
        Text = text;
        _ast = ast;
    }

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>Parses an expression.</summary>
    /// <exception cref="JsonataException">The text is not a valid expression (codes <c>S0xxx</c>).</exception>
    public static JsonataExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new JsonataExpression(text, Parser.Parse(text));
    }

    /// <summary>Evaluates against a JSON input (<c>null</c> is JSON null).</summary>
    /// <exception cref="JsonataException">A type or evaluation error, or a depth/time limit was hit (<c>U1001</c>).</exception>
    public JsonataResult Evaluate(JsonNode? input, IReadOnlyDictionary<string, JsonNode?>? bindings = null, JsonataEvaluationOptions? options = null)
    {
        Dictionary<string, JsonataResult>? converted = null;
        if (bindings is not null)
        {
            converted = new Dictionary<string, JsonataResult>(bindings.Count, StringComparer.Ordinal);
            foreach (var pair in bindings) converted[pair.Key] = JsonataResult.FromJson(pair.Value);
        }
        return Evaluate(JsonataResult.FromJson(input), converted, options);
    }

    /// <summary>
    /// Evaluates against an input that may be undefined (<see cref="JsonataResult.Undefined"/>); inputs and bindings
    /// converted once with <see cref="JsonataResult.FromJson"/> can be reused across many evaluations.
    /// </summary>
    public JsonataResult Evaluate(JsonataResult input, IReadOnlyDictionary<string, JsonataResult>? bindings, JsonataEvaluationOptions? options = null)
    {
        options ??= JsonataEvaluationOptions.Default;
        var environment = new Frame(BuiltinLibrary.Root);
        if (options.Functions is not null)
        {
            foreach (JsonataFunction function in options.Functions) environment.Bind(function.Name, function.Native);
        }
        if (bindings is not null)
        {
            foreach (var pair in bindings) environment.Bind(pair.Key, pair.Value.ToInternal());
        }
        object? value = input.ToInternal();
        environment.Bind("$", value);
        var evaluator = new Evaluator(options);
        try
        {
            return JsonataResult.FromInternal(evaluator.Run(_ast, value, environment));
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            throw JsonataErrors.Create("U1001", 0, value: "Regular expression evaluation timeout");
        }
        catch (Exception e) when (e is not JsonataException and not OutOfMemoryException)
        {
            // A defect in the evaluator must still surface as a JSONata error the caller already handles.
            throw new JsonataException("U1002", "Internal evaluation error: " + e.GetType().Name + ": " + e.Message, 0, null, e);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
