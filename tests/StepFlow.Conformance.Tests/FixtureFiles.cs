using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;

namespace StepFlow.Conformance.Tests;

/// <summary>Reads one Fixtures sub-folder (copied beside the test assembly): file name without extension → content.</summary>
internal static class FixtureFiles
{
    public static Dictionary<string, JsonObject> Load(string folder)
    {
        var fixtures = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder), "*.json"))
        {
            fixtures.Add(Path.GetFileNameWithoutExtension(file), (JsonObject)JsonNode.Parse(File.ReadAllText(file))!);
        }

        return fixtures;
    }
}
