using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;

namespace StepFlow.Jsonata.Tests.Conformance;

/// <summary>Finds <c>../shared/jsonata</c> next to the repository and reads every case.</summary>
internal static class SuiteLoader
{
    /// <summary>The repository root: the nearest folder upwards holding Generators.sln.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Generators.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Generators.sln not found above " + AppContext.BaseDirectory);
    }

    public static string SuiteDirectory() => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "jsonata", "groups"));

    public static List<SuiteCase> LoadAll()
    {
        var cases = new List<SuiteCase>();
        foreach (string file in Directory.GetFiles(SuiteDirectory(), "*.jsonl"))
        {
            string group = Path.GetFileNameWithoutExtension(file);
            foreach (string rawLine in File.ReadLines(file))
            {
                if (rawLine.Length == 0) continue;
                cases.Add(Parse(group, rawLine));
            }
        }
        cases.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return cases;
    }

    private static SuiteCase Parse(string group, string rawLine)
    {
        // Two cases hold a lone surrogate (\ud800) inside a JSONata string literal. System.Text.Json cannot
        // materialise such a string, so keep it escaped and let the JSONata tokenizer decode the \u escape.
        string line = rawLine.Replace("\\ud800", "\\\\ud800", StringComparison.Ordinal);
        JsonObject obj = JsonNode.Parse(line)!.AsObject();
        JsonataResult input = obj.TryGetPropertyValue("data", out JsonNode? data) ? JsonataResult.FromJson(data) : JsonataResult.Undefined;
        bool expectsResult = obj.TryGetPropertyValue("result", out JsonNode? result);
        string? errorCode = obj.TryGetPropertyValue("error", out JsonNode? error) ? (string?)error?["code"] : null;
        return new SuiteCase(
            Id: (string)obj["id"]!,
            Group: group,
            Expression: (string)obj["expr"]!,
            Input: input,
            Bindings: obj["bindings"] as JsonObject ?? new JsonObject(),
            ExpectsResult: expectsResult,
            ExpectedResult: result,
            ExpectsUndefined: obj["undefinedResult"] is JsonValue u && u.GetValue<bool>(),
            ExpectedErrorCode: errorCode,
            Unordered: obj["unordered"] is JsonValue un && un.GetValue<bool>(),
            TimeLimitMs: obj["timelimit"] is JsonValue t ? t.GetValue<int>() : null,
            Depth: obj["depth"] is JsonValue d ? d.GetValue<int>() : null);
    }
}
