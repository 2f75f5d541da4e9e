using System;
using System.Text.Json.Nodes;
using StepFlow.Local.Execution;

namespace StepFlow.Local.Evaluation;

/// <summary>The state context of a Map's ItemSelector: the visit's context plus <c>$$.Map.Item</c>.</summary>
internal sealed class MapItemStateContext(StateVisit visit, JsonObject mapItem) : IStateContext
{
    private JsonNode? _context;

    public JsonNode ContextObject => _context ??= visit.BuildContext(mapItem);

    public Random Random => visit.Random;

    public bool TryGetVariable(string name, out JsonNode? value) => visit.TryGetVariable(name, out value);
}
