using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using StepFlow.Local.DataFlow;
using StepFlow.Local.Errors;
using StepFlow.Local.Json;
using StepFlow.Paths;

namespace StepFlow.Local.Definition;

/// <summary>Typed reads of definition fields; every problem names its JSON pointer.</summary>
internal readonly struct JsonFields(JsonObject obj, string location)
{
    public JsonObject Object => obj;

    public string Location => location;

    public bool Has(string name) => obj.ContainsKey(name);

    public string At(string name) => location + "/" + name;

    public JsonNode? Raw(string name) => obj[name];

    public string? String(string name)
    {
        if (!obj.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        return JsonNodes.IsString(node, out var s) ? s : throw Error("The value for the field '" + name + "' must be a STRING", At(name));
    }

    public string RequiredString(string name) => String(name) ?? throw Error("These fields are required: [" + name + "]", location);

    public double? Number(string name)
    {
        if (!obj.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        return JsonNodes.IsNumber(node, out var d) ? d : throw Error("The value for the field '" + name + "' must be a NUMBER", At(name));
    }

    public long? Integer(string name)
    {
        var d = Number(name);
        if (d is null)
        {
            return null;
        }

        return d == Math.Floor(d.Value) ? (long)d.Value : throw Error("The value for the field '" + name + "' must be an INTEGER", At(name));
    }

    public bool? Boolean(string name)
    {
        if (!obj.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        return node.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error("The value for the field '" + name + "' must be a BOOLEAN", At(name)),
        };
    }

    public JsonFields? Child(string name)
    {
        if (!obj.TryGetPropertyValue(name, out var node) || node is null)
        {
            return null;
        }

        return node is JsonObject child ? new JsonFields(child, At(name)) : throw Error("The value for the field '" + name + "' must be an OBJECT", At(name));
    }

    public IReadOnlyList<JsonNode?> Array(string name)
    {
        if (!obj.TryGetPropertyValue(name, out var node) || node is null)
        {
            return System.Array.Empty<JsonNode?>();
        }

        if (node is not JsonArray array)
        {
            throw Error("The value for the field '" + name + "' must be an ARRAY", At(name));
        }

        var list = new List<JsonNode?>(array.Count);
        foreach (var item in array)
        {
            list.Add(item);
        }

        return list;
    }

    public IReadOnlyList<string> StringArray(string name)
    {
        var list = new List<string>();
        var items = Array(name);
        for (var i = 0; i < items.Count; i++)
        {
            list.Add(JsonNodes.IsString(items[i], out var s) ? s : throw Error("Expected a STRING", At(name) + "/" + i));
        }

        return list;
    }

    /// <summary>A Path field: absent, null, or a parsed path (optionally restricted to reference paths).</summary>
    public PathField PathField(string name, bool reference = false)
    {
        if (!obj.TryGetPropertyValue(name, out var node))
        {
            return DataFlow.PathField.Absent;
        }

        if (node is null)
        {
            return DataFlow.PathField.Null;
        }

        return new PathField(Path(name, reference), false);
    }

    public JsonPath? Path(string name, bool reference = false)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        if (!JsonPath.TryParse(text, out var path, out var error))
        {
            throw Error("The value for the field '" + name + "' must be a valid JSONPath: " + error!.Reason, At(name));
        }

        if (reference && !path!.IsReferencePath)
        {
            throw Error("The value for the field '" + name + "' must be a valid ReferencePath", At(name));
        }

        return path;
    }

    public static InvalidDefinitionException Error(string message, string location) => new("SCHEMA_VALIDATION_FAILED: " + message, location);
}
