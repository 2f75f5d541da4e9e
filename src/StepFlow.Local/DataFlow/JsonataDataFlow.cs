using System.Collections.Generic;
using System.Text.Json.Nodes;
using StepFlow.Local.Execution;
using StepFlow.Local.States;

namespace StepFlow.Local.DataFlow;

/// <summary>The JSONata data flow: Arguments and Output over <c>$states</c>.</summary>
internal sealed class JsonataDataFlow : StateDataFlow
{
    public JsonataTemplate? Arguments { get; init; }

    public JsonataTemplate? OutputTemplate { get; init; }

    public AssignBlock? Assign { get; init; }

    /// <summary>True for Task, Parallel and Map: <c>$states.result</c> exists and is the default output.</summary>
    public bool ProducesResult { get; init; }

    public override JsonNode? EffectiveInput(StateVisit visit) => visit.RawInput;

    public override JsonNode? TaskInput(StateVisit visit, JsonNode? effectiveInput, JsonObject? mapItemContext = null)
    {
        if (Arguments is null)
        {
            return effectiveInput;
        }

        var context = mapItemContext is null ? null : visit.BuildContext(mapItemContext);
        return Arguments.Evaluate(visit, visit.JsonataBindings(context));
    }

    public override JsonNode? Output(StateVisit visit, JsonNode? result, AssignBlock? assign, JsonNode? outputOverride, out IReadOnlyDictionary<string, JsonNode?>? assigned)
    {
        var bindings = ProducesResult
            ? new Jsonata.JsonataBindings(visit.RawInput, visit.ContextObject, name => (visit.Scope.Variables.TryGet(name, out var v), v)) { Result = result, HasResult = true }
            : visit.JsonataBindings();
        assigned = (assign ?? Assign)?.Evaluate(visit, null, bindings);
        var template = outputOverride is not null ? new JsonataTemplate(outputOverride, "Output") : OutputTemplate;
        if (template is not null)
        {
            return template.Evaluate(visit, bindings);
        }

        return ProducesResult ? result : visit.RawInput;
    }

    public override JsonNode? CatchOutput(StateVisit visit, Catcher catcher, JsonObject errorOutput, out IReadOnlyDictionary<string, JsonNode?>? assigned)
    {
        var bindings = new Jsonata.JsonataBindings(visit.RawInput, visit.ContextObject, name => (visit.Scope.Variables.TryGet(name, out var v), v))
        {
            ErrorOutput = errorOutput,
            HasErrorOutput = true,
        };
        assigned = catcher.Assign?.Evaluate(visit, null, bindings);
        return catcher.Output is null ? errorOutput : catcher.Output.Evaluate(visit, bindings);
    }
}
