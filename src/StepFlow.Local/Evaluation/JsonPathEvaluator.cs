using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StepFlow.Local.Json;
using StepFlow.Paths;

namespace StepFlow.Local.Evaluation;

/// <summary>Evaluates parsed JSONPaths over JsonNode with Jayway semantics as AWS applies them.</summary>
internal static class JsonPathEvaluator
{
    /// <summary>
    /// Definite paths yield the node itself (still attached to its parent); indefinite paths yield a new array of
    /// copies and never fail. Returns false when a definite path selects nothing or a variable is undefined.
    /// </summary>
    public static bool TryEvaluate(JsonPath path, in PathScope scope, out JsonNode? value)
    {
        JsonNode? root;
        switch (path.Root)
        {
            case JsonPathRoot.Context:
                root = scope.State.ContextObject;
                break;
            case JsonPathRoot.Variable:
                if (!scope.State.TryGetVariable(path.VariableName!, out root))
                {
                    value = null;
                    return false;
                }

                break;
            default:
                root = scope.Input;
                break;
        }

        return TryEvaluateFrom(path, root, scope, out value);
    }

    /// <summary>Evaluates the segments of <paramref name="path"/> starting at <paramref name="root"/>.</summary>
    public static bool TryEvaluateFrom(JsonPath path, JsonNode? root, in PathScope scope, out JsonNode? value)
    {
        var segments = path.Segments;
        if (path.IsDefinite)
        {
            var current = root;
            for (var i = 0; i < segments.Count; i++)
            {
                if (!TryStep(segments[i], current, out current))
                {
                    value = null;
                    return false;
                }
            }

            value = current;
            return true;
        }

        var nodes = new List<JsonNode?> { root };
        var next = new List<JsonNode?>();
        foreach (var segment in segments)
        {
            next.Clear();
            foreach (var node in nodes)
            {
                Select(segment, node, next, scope);
            }

            (nodes, next) = (next, nodes);
        }

        var result = new JsonArray();
        foreach (var node in nodes)
        {
            result.Add(node?.DeepClone());
        }

        value = result;
        return true;
    }

    /// <summary>Jayway-style rendering used in AWS error messages: <c>$['a']['b']</c>.</summary>
    public static string ToBracketNotation(JsonPath path)
    {
        var sb = new StringBuilder(path.Root == JsonPathRoot.Context ? "$$" : path.Root == JsonPathRoot.Variable ? "$" + path.VariableName : "$");
        foreach (var segment in path.Segments)
        {
            switch (segment)
            {
                case MemberSegment m:
                    sb.Append("['").Append(m.Name).Append("']");
                    break;
                case IndexSegment i:
                    sb.Append('[').Append(i.Index).Append(']');
                    break;
                default:
                    sb.Append("[*]");
                    break;
            }
        }

        return sb.ToString();
    }

    private static bool TryStep(PathSegment segment, JsonNode? node, out JsonNode? value)
    {
        switch (segment)
        {
            case MemberSegment member when node is JsonObject obj:
                return obj.TryGetPropertyValue(member.Name, out value);
            case IndexSegment index when node is JsonArray array:
                var i = index.Index < 0 ? array.Count + index.Index : index.Index;
                if (i >= 0 && i < array.Count)
                {
                    value = array[i];
                    return true;
                }

                break;
            case FunctionSegment function:
                return TryApplyFunction(function.Name, node, out value);
        }

        value = null;
        return false;
    }

    private static bool TryApplyFunction(string name, JsonNode? node, out JsonNode? value)
    {
        value = null;
        if (name != "length")
        {
            return false;
        }

        switch (node)
        {
            case JsonArray array:
                value = JsonValue.Create(array.Count);
                return true;
            case JsonObject obj:
                value = JsonValue.Create(obj.Count);
                return true;
            default:
                if (JsonNodes.IsString(node, out var s))
                {
                    value = JsonValue.Create(s.Length);
                    return true;
                }

                return false;
        }
    }

    private static void Select(PathSegment segment, JsonNode? node, List<JsonNode?> output, in PathScope scope)
    {
        switch (segment)
        {
            case MemberSegment or IndexSegment or FunctionSegment:
                if (TryStep(segment, node, out var found))
                {
                    output.Add(found);
                }

                break;
            case WildcardSegment:
                AddChildren(node, output);
                break;
            case SliceSegment slice when node is JsonArray array:
                AddSlice(slice, array, output);
                break;
            case UnionSegment union:
                foreach (var member in union.Members)
                {
                    Select(member, node, output, scope);
                }

                break;
            case FilterSegment filter:
                if (node is JsonArray items)
                {
                    foreach (var item in items)
                    {
                        if (FilterEvaluator.Matches(filter.Filter, item, scope))
                        {
                            output.Add(item);
                        }
                    }
                }
                else if (node is JsonObject && FilterEvaluator.Matches(filter.Filter, node, scope))
                {
                    output.Add(node);
                }

                break;
            case RecursiveDescentSegment descent:
                var all = new List<JsonNode?>();
                CollectDescendants(node, all);
                foreach (var candidate in all)
                {
                    Select(descent.Selector, candidate, output, scope);
                }

                break;
        }
    }

    private static void AddChildren(JsonNode? node, List<JsonNode?> output)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    output.Add(item);
                }

                break;
            case JsonObject obj:
                foreach (var pair in obj)
                {
                    output.Add(pair.Value);
                }

                break;
        }
    }

    private static void CollectDescendants(JsonNode? node, List<JsonNode?> output)
    {
        output.Add(node);
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is JsonArray or JsonObject)
                    {
                        CollectDescendants(item, output);
                    }
                }

                break;
            case JsonObject obj:
                foreach (var pair in obj)
                {
                    if (pair.Value is JsonArray or JsonObject)
                    {
                        CollectDescendants(pair.Value, output);
                    }
                }

                break;
        }
    }

    private static void AddSlice(SliceSegment slice, JsonArray array, List<JsonNode?> output)
    {
        var count = array.Count;
        var step = slice.Step ?? 1;
        int Normalize(int? bound, int fallback)
        {
            if (bound is null)
            {
                return fallback;
            }

            var b = bound.Value < 0 ? count + bound.Value : bound.Value;
            return Math.Clamp(b, step > 0 ? 0 : -1, step > 0 ? count : count - 1);
        }

        if (step > 0)
        {
            for (var i = Normalize(slice.Start, 0); i < Normalize(slice.End, count); i += step)
            {
                output.Add(array[i]);
            }
        }
        else
        {
            for (var i = Normalize(slice.Start, count - 1); i > Normalize(slice.End, -1); i += step)
            {
                output.Add(array[i]);
            }
        }
    }

    /// <summary>True when the kind is a JSON container (used by callers deciding whether to copy).</summary>
    public static bool IsContainer(JsonNode? node) => node is not null && node.GetValueKind() is JsonValueKind.Object or JsonValueKind.Array;
}
