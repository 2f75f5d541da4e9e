using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace StepFlow.Local.Execution;

/// <summary>Variables of one <c>States</c> scope; lookups fall back to enclosing scopes (asl-reference §3.8).</summary>
internal sealed class VariableStore
{
    private readonly VariableStore? _parent;
    private Dictionary<string, JsonNode?>? _values;

    public VariableStore(VariableStore? parent = null) => _parent = parent;

    public bool TryGet(string name, out JsonNode? value)
    {
        for (var store = this; store is not null; store = store._parent)
        {
            if (store._values is not null && store._values.TryGetValue(name, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Applies a state's assignments after it exits (values were computed from pre-state variables).</summary>
    public void Assign(IReadOnlyDictionary<string, JsonNode?> assigned)
    {
        _values ??= new Dictionary<string, JsonNode?>(System.StringComparer.Ordinal);
        foreach (var pair in assigned)
        {
            _values[pair.Key] = pair.Value;
        }
    }
}
