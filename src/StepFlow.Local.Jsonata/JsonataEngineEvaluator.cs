using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using StepFlow.Jsonata;
using EngineResult = StepFlow.Local.Jsonata.JsonataResult;
using JsonataValue = StepFlow.Jsonata.JsonataResult;

namespace StepFlow.Local.Jsonata;

/// <summary>
/// The local engine's <see cref="IJsonataEvaluator"/> over StepFlow.Jsonata. Each distinct expression text is parsed
/// once and cached; evaluations are thread-safe. Register it with
/// <see cref="LocalEngineOptionsJsonataExtensions.UseJsonata"/>.
/// </summary>
public sealed class JsonataEngineEvaluator : IJsonataEvaluator
{
    private const string StatesName = "states";

    private readonly ConcurrentDictionary<string, CompiledExpression> _cache = new(StringComparer.Ordinal);
    private readonly JsonataEvaluationOptions _options;

    /// <param name="options">Depth/time limits and the clock for <c>$now()</c>; the JSONata defaults when null.</param>
    public JsonataEngineEvaluator(JsonataEvaluationOptions? options = null) => _options = options ?? JsonataEvaluationOptions.Default;

    /// <summary>Distinct expression texts parsed so far.</summary>
    public int CachedExpressionCount => _cache.Count;

    /// <inheritdoc />
    public EngineResult Evaluate(string expression, JsonataBindings bindings)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(bindings);
        var compiled = _cache.GetOrAdd(expression, CompiledExpression.Compile);
        if (compiled.SyntaxError is { } syntaxError)
        {
            // Step Functions rejects such definitions up front, so there is no AWS wording to match: say where.
            return EngineResult.Failure(syntaxError.Code, syntaxError.Message + " (at position " + syntaxError.Position + ")");
        }

        try
        {
            var value = compiled.Expression!.Evaluate(JsonataValue.FromJson(bindings.Input), Bind(compiled.Variables, bindings), _options);
            // A function is no JSON value; like JSON.stringify in the reference, it leaves nothing behind.
            return value.IsUndefined || value.IsFunction ? EngineResult.Undefined : EngineResult.FromValue(value.ToJsonNode());
        }
        catch (JsonataException e)
        {
            // Step Functions' cause reads "CODE: message" for evaluation errors, without the position.
            return EngineResult.Failure(e.Code, e.Message);
        }
    }

    private static Dictionary<string, JsonataValue>? Bind(string[] names, JsonataBindings bindings)
    {
        if (names.Length == 0)
        {
            return null;
        }

        var bound = new Dictionary<string, JsonataValue>(names.Length, StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name == StatesName)
            {
                bound[name] = JsonataValue.FromJson(StatesVariable.From(bindings));
            }
            else if (bindings.TryGetVariable(name, out var value))
            {
                bound[name] = JsonataValue.FromJson(value);
            }
        }

        return bound;
    }
}
