using System.Text.Json.Nodes;
using StepFlow.Local.Errors;
using StepFlow.Local.Json;
using StepFlow.Paths;

namespace StepFlow.Local.DataFlow;

/// <summary>Places a result into a copy of the raw input at a reference path, creating missing objects.</summary>
internal static class ResultPathWriter
{
    public static JsonNode? Apply(PathField resultPath, JsonNode? rawInput, JsonNode? result)
    {
        if (resultPath.IsNull)
        {
            return rawInput;
        }

        if (resultPath.IsIdentity)
        {
            return result;
        }

        var path = resultPath.Path!;
        // The raw input may still be referenced by history or the Context Object, so it is never modified in place.
        var root = rawInput?.DeepClone();
        if (root is not JsonObject && root is not JsonArray)
        {
            throw Mismatch(path, rawInput);
        }

        var current = root;
        var segments = path.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var last = i == segments.Count - 1;
            switch (segments[i])
            {
                case MemberSegment member when current is JsonObject obj:
                    if (last)
                    {
                        obj[member.Name] = JsonNodes.Detach(result);
                    }
                    else
                    {
                        if (!obj.TryGetPropertyValue(member.Name, out var child) || child is not (JsonObject or JsonArray))
                        {
                            child = new JsonObject();
                            obj[member.Name] = child;
                        }

                        current = child!;
                    }

                    break;
                case IndexSegment index when current is JsonArray array && index.Index < array.Count:
                    if (last)
                    {
                        array[index.Index] = JsonNodes.Detach(result);
                    }
                    else
                    {
                        current = array[index.Index] ?? throw Mismatch(path, rawInput);
                    }

                    break;
                default:
                    throw Mismatch(path, rawInput);
            }
        }

        return root;
    }

    private static StatesErrorException Mismatch(JsonPath path, JsonNode? input) =>
        new(StatesErrorNames.ResultPathMatchFailure, "Unable to apply ReferencePath " + path.Text + " to input " + JsonNodes.ToCompactJson(input));
}
