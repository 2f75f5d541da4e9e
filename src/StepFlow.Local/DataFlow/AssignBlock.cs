using System.Collections.Generic;
using System.Text.Json.Nodes;
using StepFlow.Local.Evaluation;
using StepFlow.Local.Execution;
using StepFlow.Local.Jsonata;

namespace StepFlow.Local.DataFlow;

/// <summary>A compiled <c>Assign</c> object: a JSONPath payload template or a JSONata template.</summary>
internal sealed class AssignBlock
{
    private readonly PayloadTemplate? _jsonPath;
    private readonly JsonataTemplate? _jsonata;

    private AssignBlock(PayloadTemplate? jsonPath, JsonataTemplate? jsonata)
    {
        _jsonPath = jsonPath;
        _jsonata = jsonata;
    }

    /// <summary>Assigns nothing; a matched Choice rule without Assign uses it so the state's own Assign does not apply.</summary>
    public static readonly AssignBlock None = new(null, null);

    private static readonly IReadOnlyDictionary<string, JsonNode?> Nothing = new Dictionary<string, JsonNode?>();

    public static AssignBlock ForJsonPath(JsonNode? assign, string location) => new(PayloadTemplate.Compile(assign, location), null);

    public static AssignBlock ForJsonata(JsonNode? assign) => new(null, new JsonataTemplate(assign, "Assign"));

    /// <summary>Evaluates every right-hand side against the values at state entry; nothing is applied yet.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Evaluate(StateVisit visit, JsonNode? dollar, JsonataBindings? bindings)
    {
        if (_jsonPath is null && _jsonata is null)
        {
            return Nothing;
        }

        var value = _jsonPath is not null
            ? _jsonPath.Evaluate(visit.PathScope(dollar))
            : _jsonata!.Evaluate(visit, bindings ?? visit.JsonataBindings());
        var result = new Dictionary<string, JsonNode?>(System.StringComparer.Ordinal);
        if (value is JsonObject obj)
        {
            foreach (var pair in obj)
            {
                result[pair.Key] = pair.Value;
            }
        }

        return result;
    }
}
