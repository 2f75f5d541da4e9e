using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;

namespace StepFlow.Jsonata.Benchmarks;

/// <summary>The expressions and the input document, shared with the Node reference script (node/bench.js).</summary>
public static class BenchmarkInputs
{
    private static readonly Lazy<JsonNode> DataNode = new(() => JsonNode.Parse(File.ReadAllText(Resolve("data.json")))!);
    private static readonly Lazy<Dictionary<string, string>> ExpressionTable = new(LoadExpressions);

    public static JsonNode Data => DataNode.Value;

    public static IReadOnlyDictionary<string, string> Expressions => ExpressionTable.Value;

    private static Dictionary<string, string> LoadExpressions()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonNode? entry in JsonNode.Parse(File.ReadAllText(Resolve("expressions.json")))!.AsArray())
        {
            table[(string)entry!["name"]!] = (string)entry["expr"]!;
        }
        return table;
    }

    private static string Resolve(string file)
    {
        string beside = Path.Combine(AppContext.BaseDirectory, file);
        return File.Exists(beside) ? beside : Path.Combine(Directory.GetCurrentDirectory(), file);
    }
}
