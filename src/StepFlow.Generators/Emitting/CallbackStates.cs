using System;
using System.Collections.Generic;
using StepFlow.Asl.Model;
using StepFlow.Generators.Model;

namespace StepFlow.Generators.Emitting;

/// <summary>The <c>.waitForTaskToken</c> Task states of a workflow, nested ones included, with their result types.</summary>
internal static class CallbackStates
{
    public static IReadOnlyList<CallbackOutputSpec> Collect(WorkflowSpec spec)
    {
        var declared = new Dictionary<string, TypeRef>();
        foreach (var callback in spec.CallbackOutputs)
        {
            declared[callback.StateName] = callback.Output;
        }

        var states = new List<CallbackOutputSpec>();
        foreach (var scope in StateGraph.Of(spec.Definition).Scopes())
        {
            foreach (var state in scope.States)
            {
                var resource = state.Body.GetString("Resource");
                if (state.Type == "Task" && resource is not null && resource.EndsWith(".waitForTaskToken", StringComparison.Ordinal))
                {
                    states.Add(new CallbackOutputSpec(state.Name, declared.TryGetValue(state.Name, out var type) ? type : ClientTypeInference.RawJson));
                }
            }
        }

        return states;
    }
}
