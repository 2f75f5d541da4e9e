using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using StepFlow.Generators.Model;

namespace StepFlow.Generators.Emitting;

/// <summary>
/// Infers a workflow's execution input and output types for its client. The input is the parameter of the C#
/// method the machine starts at. The output follows the data flow back from the states that end the machine:
/// a C# task whose result is its output gives its return type (a callback task, its declared OutputType); a state that passes its input through (ResultPath
/// null, Wait, Choice, Succeed, a plain Pass) gives its predecessors' common type. Anything else is unknown and
/// falls back to raw JSON; [StateMachine(Input/Output)] overrides both.
/// </summary>
internal sealed class ClientTypeInference
{
    /// <summary>The type of a payload StepFlow cannot type: raw JSON.</summary>
    public static readonly TypeRef RawJson = new("global::System.Text.Json.JsonElement", true);

    private readonly WorkflowSpec _spec;
    private readonly StateScope _root;
    private readonly Dictionary<string, TaskMethodSpec> _methods = new();
    private readonly HashSet<string> _visiting = new();

    private ClientTypeInference(WorkflowSpec spec)
    {
        _spec = spec;
        _root = StateGraph.Of(spec.Definition).Root;
        foreach (var method in spec.TaskMethods)
        {
            if (_root.Find(method.StateName) is not null)
            {
                _methods[method.StateName] = method;
            }
        }
    }

    public static TypeRef Input(WorkflowSpec spec) => spec.DeclaredInput ?? new ClientTypeInference(spec).StartInput() ?? RawJson;

    public static TypeRef Output(WorkflowSpec spec) => spec.DeclaredOutput ?? new ClientTypeInference(spec).EndOutput() ?? RawJson;

    private TypeRef? StartInput()
        => _root.StartAt is { } start && _methods.TryGetValue(start, out var method) ? method.Input : null;

    private TypeRef? EndOutput()
    {
        var outputs = new List<TypeRef?>();
        foreach (var state in _root.States)
        {
            if (state.IsEnd || state.Type == "Succeed")
            {
                outputs.Add(OutputOf(state));
            }
        }

        return Common(outputs);
    }

    private TypeRef? OutputOf(StateNode state)
    {
        if (_methods.TryGetValue(state.Name, out var method) && ResultIsOutput(state.Body))
        {
            return method.Output;
        }

        foreach (var callback in _spec.CallbackOutputs)
        {
            if (callback.StateName == state.Name && ResultIsOutput(state.Body))
            {
                return callback.Output;
            }
        }

        return PassesInputThrough(state) ? InputOf(state) : null;
    }

    private TypeRef? InputOf(StateNode state)
    {
        if (!_visiting.Add(state.Name))
        {
            return null;
        }

        var inputs = new List<TypeRef?>();
        if (state.Name == _root.StartAt)
        {
            inputs.Add(Input(_spec));
        }

        foreach (var predecessor in _root.States)
        {
            foreach (var edge in predecessor.Edges)
            {
                if (edge.Target == state.Name)
                {
                    // A catcher's output is the error object merged at its ResultPath: not a C# type StepFlow knows.
                    inputs.Add(edge.Kind == EdgeKind.Catch ? null : OutputOf(predecessor));
                }
            }
        }

        _visiting.Remove(state.Name);
        return Common(inputs);
    }

    /// <summary>The one type all flows agree on, or null when any is unknown or they differ.</summary>
    private static TypeRef? Common(List<TypeRef?> types)
    {
        TypeRef? common = null;
        foreach (var type in types)
        {
            if (type is null || (common is not null && common != type))
            {
                return null;
            }

            common = type;
        }

        return common;
    }

    /// <summary>The task result becomes the state output unchanged (the generated Lambda unwrapping included).</summary>
    private static bool ResultIsOutput(AslObject body)
        => !body.Contains("ResultSelector")
           && (!body.Contains("ResultPath") || body.GetString("ResultPath") == "$")
           && body.GetString("OutputPath") is null or "$" or "$.Payload"
           && body.GetString("Output") is null or "{% $states.result.Payload %}" or "{% $states.result %}";

    private static bool PassesInputThrough(StateNode state)
    {
        var body = state.Body;
        if (body.Contains("OutputPath") || body.Contains("Output"))
        {
            return false;
        }

        return state.Type switch
        {
            "Task" or "Parallel" or "Map" => body["ResultPath"] is AslNull,
            "Pass" => !body.Contains("Result") && !body.Contains("Parameters") && !body.Contains("InputPath") && !body.Contains("ResultPath"),
            "Wait" or "Choice" or "Succeed" => !body.Contains("InputPath"),
            _ => false,
        };
    }
}
