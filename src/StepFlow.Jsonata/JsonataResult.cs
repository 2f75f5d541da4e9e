using System.Text.Json.Nodes;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata;

/// <summary>What an evaluation produced: nothing (<c>undefined</c>), a JSON value (possibly JSON null) or a function.</summary>
public readonly struct JsonataResult
{
    private readonly object? _value;

    private JsonataResult(object? value) => _value = value;

    /// <summary>The "no value" result.</summary>
    public static JsonataResult Undefined => default;

    /// <summary>Wraps a JSON value (a <c>null</c> node is JSON null).</summary>
    public static JsonataResult FromJson(JsonNode? value) => new(JsonConversion.FromNode(value));

    /// <summary>True when the expression produced no value (JSONata <c>undefined</c>), which is not JSON null.</summary>
    public bool IsUndefined => _value is null;

    /// <summary>True when the result is a function (Step Functions rejects these as outputs).</summary>
    public bool IsFunction => _value is FunctionValue;

    /// <summary>True when the result is JSON null.</summary>
    public bool IsNull => _value is JNull;

    /// <summary>
    /// The result as a new JSON node tree (safe to attach anywhere); <c>null</c> for JSON null, undefined and functions.
    /// </summary>
    /// <exception cref="JsonataException"><c>U1001</c> when the value is nested too deeply to convert.</exception>
    public JsonNode? ToJsonNode() => JsonConversion.ToNode(_value);

    /// <summary>Compact JSON text of the result, or <c>undefined</c>.</summary>
    public override string ToString() => _value is null ? "undefined" : Values.Stringify(_value, false, forMessage: true);

    internal object? ToInternal() => _value;

    internal static JsonataResult FromInternal(object? value) => new(value);
}
