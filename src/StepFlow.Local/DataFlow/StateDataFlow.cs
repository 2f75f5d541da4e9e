using System.Collections.Generic;
using System.Text.Json.Nodes;
using StepFlow.Local.Execution;
using StepFlow.Local.States;

namespace StepFlow.Local.DataFlow;

/// <summary>
/// How a state turns its raw input into a task input and a result into its output. One implementation per query
/// language: JSONPath (InputPath → Parameters → ResultSelector → ResultPath → OutputPath) and JSONata
/// (Arguments / Output with <c>$states</c>). Assign is part of it because its inputs differ per language.
/// </summary>
internal abstract class StateDataFlow
{
    /// <summary>JSONPath: InputPath applied. JSONata: the raw input.</summary>
    public abstract JsonNode? EffectiveInput(StateVisit visit);

    /// <summary>JSONPath: Parameters over the effective input. JSONata: Arguments (default: raw input).</summary>
    public abstract JsonNode? TaskInput(StateVisit visit, JsonNode? effectiveInput, JsonObject? mapItemContext = null);

    /// <summary>The state's output for a result; fills <paramref name="assigned"/> from <paramref name="assign"/>
    /// (the state's Assign unless a Choice rule supplies its own).</summary>
    public abstract JsonNode? Output(StateVisit visit, JsonNode? result, AssignBlock? assign, JsonNode? outputOverride, out IReadOnlyDictionary<string, JsonNode?>? assigned);

    /// <summary>The output when <paramref name="catcher"/> handles an error.</summary>
    public abstract JsonNode? CatchOutput(StateVisit visit, Catcher catcher, JsonObject errorOutput, out IReadOnlyDictionary<string, JsonNode?>? assigned);
}
