using System.Collections.Generic;
using System.Text.Json.Nodes;
using StepFlow.Local.Errors;
using StepFlow.Local.Json;

namespace StepFlow.Local.Evaluation;

/// <summary>A compiled JSONPath payload template (Parameters, ResultSelector, ItemSelector, Assign...): keys ending
/// in <c>.$</c> are evaluated, everything else is copied literally. Compiled once per definition.</summary>
internal abstract class PayloadTemplate
{
    public abstract JsonNode? Evaluate(in PathScope scope);

    public static PayloadTemplate Compile(JsonNode? node, string location) => node switch
    {
        JsonObject obj => new ObjectTemplate(obj, location),
        JsonArray array => new ArrayTemplate(array, location),
        _ => new LiteralTemplate(node),
    };

    private sealed class LiteralTemplate(JsonNode? value) : PayloadTemplate
    {
        public override JsonNode? Evaluate(in PathScope scope) => value?.DeepClone();
    }

    private sealed class ArrayTemplate : PayloadTemplate
    {
        private readonly PayloadTemplate[] _items;

        public ArrayTemplate(JsonArray array, string location)
        {
            _items = new PayloadTemplate[array.Count];
            for (var i = 0; i < _items.Length; i++)
            {
                _items[i] = Compile(array[i], location + "/" + i);
            }
        }

        public override JsonNode? Evaluate(in PathScope scope)
        {
            var result = new JsonArray();
            foreach (var item in _items)
            {
                result.Add(JsonNodes.Detach(item.Evaluate(scope)));
            }

            return result;
        }
    }

    private sealed class ObjectTemplate : PayloadTemplate
    {
        private readonly List<KeyValuePair<string, object>> _entries = new();

        public ObjectTemplate(JsonObject obj, string location)
        {
            var names = new HashSet<string>();
            foreach (var pair in obj)
            {
                var key = pair.Key;
                var childLocation = location + "/" + key;
                if (key.EndsWith(".$", System.StringComparison.Ordinal))
                {
                    if (!JsonNodes.IsString(pair.Value, out var text))
                    {
                        throw new InvalidDefinitionException("The value for the field '" + key + "' must be a STRING", childLocation);
                    }

                    key = key.Substring(0, key.Length - 2);
                    _entries.Add(new(key, ValueExpression.Compile(text, pair.Key, location)));
                }
                else
                {
                    _entries.Add(new(key, Compile(pair.Value, childLocation)));
                }

                if (!names.Add(key))
                {
                    throw new InvalidDefinitionException("The field '" + key + "' appears more than once", location);
                }
            }
        }

        public override JsonNode? Evaluate(in PathScope scope)
        {
            // Built from a sized collection, the object allocates its member table once instead of growing it.
            var members = new KeyValuePair<string, JsonNode?>[_entries.Count];
            for (var i = 0; i < members.Length; i++)
            {
                var entry = _entries[i];
                var value = entry.Value is ValueExpression expression
                    ? expression.Evaluate(scope)
                    : ((PayloadTemplate)entry.Value).Evaluate(scope);
                members[i] = new(entry.Key, DetachFrom(members, i, value));
            }

            return new JsonObject(members);
        }

        // Nothing is attached until the object is built, so a node two fields select (say "a.$": "$" and "b.$": "$")
        // must be copied for the second one here.
        private static JsonNode? DetachFrom(KeyValuePair<string, JsonNode?>[] members, int count, JsonNode? value)
        {
            var detached = JsonNodes.Detach(value);
            if (detached is not null && ReferenceEquals(detached, value))
            {
                for (var i = 0; i < count; i++)
                {
                    if (ReferenceEquals(members[i].Value, detached))
                    {
                        return detached.DeepClone();
                    }
                }
            }

            return detached;
        }
    }
}
