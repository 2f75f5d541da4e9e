using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation;

/// <summary>The retriers and catchers of every state, with where they sit.</summary>
public static class ErrorHandlers
{
    /// <summary>One retrier or catcher object.</summary>
    public readonly record struct Handler(StateNode State, string Field, int Index, AslObject Body, bool IsLast)
    {
        /// <summary>Built on demand: rules need it only when they report.</summary>
        public string Path => State.Path + "." + Field + "[" + Index + "]";
    }

    public static IEnumerable<Handler> All(AslValidationContext context, string field)
    {
        foreach (var state in context.AllStates())
        {
            if (state.Body.GetArray(field) is not { } items)
            {
                continue;
            }

            for (var i = 0; i < items.Items.Count; i++)
            {
                if (items.Items[i] is AslObject body)
                {
                    yield return new Handler(state, field, i, body, i == items.Items.Count - 1);
                }
            }
        }
    }
}
