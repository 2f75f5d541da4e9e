using System;
using System.Text.Json.Nodes;

namespace StepFlow.Local.Jsonata;

/// <summary>What a JSONata expression may reference: <c>$states.input/result/errorOutput/context</c> and variables.</summary>
public sealed class JsonataBindings
{
    private readonly Func<string, (bool Found, JsonNode? Value)> _variables;

    internal JsonataBindings(JsonNode? input, JsonNode context, Func<string, (bool Found, JsonNode? Value)> variables)
    {
        Input = input;
        Context = context;
        _variables = variables;
    }

    /// <summary><c>$states.input</c>: the state's raw input.</summary>
    public JsonNode? Input { get; }

    /// <summary><c>$states.context</c>: the Context Object.</summary>
    public JsonNode Context { get; }

    /// <summary><c>$states.result</c>; only when <see cref="HasResult"/> (Task/Map/Parallel Output and Assign).</summary>
    public JsonNode? Result { get; internal init; }

    public bool HasResult { get; internal init; }

    /// <summary><c>$states.errorOutput</c>; only when <see cref="HasErrorOutput"/> (Catcher Output and Assign).</summary>
    public JsonNode? ErrorOutput { get; internal init; }

    public bool HasErrorOutput { get; internal init; }

    /// <summary>Looks up a workflow variable (<c>$name</c>) as it was when the state was entered.</summary>
    public bool TryGetVariable(string name, out JsonNode? value)
    {
        var (found, v) = _variables(name);
        value = v;
        return found;
    }
}
