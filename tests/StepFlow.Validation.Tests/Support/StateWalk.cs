using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace StepFlow.Validation.Tests.Support;

/// <summary>A state inside a mutable JSON definition, with the States object that holds it and its effective language.</summary>
public sealed record StateSite(JsonObject Root, JsonObject Scope, JsonObject States, string Name, JsonObject State, bool IsJsonata);

/// <summary>Enumerates the states of a JsonNode definition in a fixed order, nested scopes included.</summary>
public static class StateWalk
{
    public static List<StateSite> All(JsonObject root)
    {
        var sites = new List<StateSite>();
        var machineJsonata = root["QueryLanguage"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && (string?)root["QueryLanguage"] == "JSONata";
        Walk(root, root, machineJsonata, sites);
        return sites;
    }

    private static void Walk(JsonObject root, JsonObject scope, bool machineJsonata, List<StateSite> sites)
    {
        if (scope["States"] is not JsonObject states)
        {
            return;
        }

        foreach (var (name, node) in states)
        {
            if (node is not JsonObject state)
            {
                continue;
            }

            var own = state["QueryLanguage"] is JsonValue language ? (string?)language : null;
            sites.Add(new StateSite(root, scope, states, name, state, own is null ? machineJsonata : own == "JSONata"));
            if (state["Branches"] is JsonArray branches)
            {
                foreach (var branch in branches)
                {
                    if (branch is JsonObject nested)
                    {
                        Walk(root, nested, machineJsonata, sites);
                    }
                }
            }

            foreach (var field in new[] { "ItemProcessor", "Iterator" })
            {
                if (state[field] is JsonObject processor)
                {
                    Walk(root, processor, machineJsonata, sites);
                }
            }
        }
    }
}
