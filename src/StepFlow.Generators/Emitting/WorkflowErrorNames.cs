using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using StepFlow.Generators.Model;

namespace StepFlow.Generators.Emitting;

/// <summary>
/// The error names callers of a workflow may see: the errors its Fail states raise, the errors it names in Retry
/// and Catch (so it can rethrow them), and States.Timeout when the machine has a timeout. Wildcards and
/// expressions are left out.
/// </summary>
internal static class WorkflowErrorNames
{
    public static IReadOnlyList<string> Collect(WorkflowSpec spec)
    {
        var names = new SortedSet<string>(System.StringComparer.Ordinal);
        if (spec.Definition.Contains("TimeoutSeconds") || spec.Definition.Contains("TimeoutSecondsPath"))
        {
            names.Add("States.Timeout");
        }

        foreach (var scope in StateGraph.Of(spec.Definition).Scopes())
        {
            foreach (var state in scope.States)
            {
                if (state.Type == "Fail")
                {
                    AddLiteral(names, state.Body.GetString("Error"));
                }

                AddErrorEquals(names, state.Body.GetArray("Retry"));
                AddErrorEquals(names, state.Body.GetArray("Catch"));
            }
        }

        return new List<string>(names);
    }

    private static void AddErrorEquals(SortedSet<string> names, AslArray? handlers)
    {
        if (handlers is null)
        {
            return;
        }

        foreach (var handler in handlers.Items)
        {
            if (handler is AslObject { } retrierOrCatcher && retrierOrCatcher.GetArray("ErrorEquals") is { } errors)
            {
                foreach (var error in errors.Items)
                {
                    AddLiteral(names, (error as AslString)?.Value);
                }
            }
        }
    }

    private static void AddLiteral(SortedSet<string> names, string? error)
    {
        if (!string.IsNullOrEmpty(error) && error != "States.ALL" && !error!.StartsWith("{%", System.StringComparison.Ordinal))
        {
            names.Add(error);
        }
    }
}
