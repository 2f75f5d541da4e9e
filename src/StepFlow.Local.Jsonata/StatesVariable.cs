using System.Text.Json.Nodes;

namespace StepFlow.Local.Jsonata;

/// <summary>Builds the <c>$states</c> object: <c>input</c> and <c>context</c> always, <c>result</c> and
/// <c>errorOutput</c> only where the engine says they exist (elsewhere they are undefined, as in Step Functions).</summary>
internal static class StatesVariable
{
    public static JsonObject From(JsonataBindings bindings)
    {
        // Clones: the engine keeps using these nodes, and a JsonNode can belong to only one parent.
        var states = new JsonObject
        {
            ["input"] = bindings.Input?.DeepClone(),
            ["context"] = bindings.Context.DeepClone(),
        };
        if (bindings.HasResult)
        {
            states["result"] = bindings.Result?.DeepClone();
        }

        if (bindings.HasErrorOutput)
        {
            states["errorOutput"] = bindings.ErrorOutput?.DeepClone();
        }

        return states;
    }
}
