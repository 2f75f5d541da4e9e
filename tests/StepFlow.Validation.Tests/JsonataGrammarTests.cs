using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using StepFlow.Asl.Validation.Syntax;
using StepFlow.Validation.Tests.Support;
using Xunit;

namespace StepFlow.Validation.Tests;

/// <summary>
/// The validators parse with the evaluator's grammar: over the official JSONata 2.0.6 suite (shared/jsonata), every
/// expression the reference implementation rejects with a syntax error (S0xxx) is rejected here with the same code,
/// and every other expression parses. Signature faults (S0401, S0402) are not compared: the validators keep a
/// lambda's signature as text, so such an expression fails later in the parse, or (for S0401) not at all.
/// </summary>
public sealed class JsonataGrammarTests
{
    [Fact]
    public void Syntax_verdicts_match_the_official_suite()
    {
        var cases = Cases();
        Assert.True(cases.Count >= 1200, "expected the 1237 official cases, found " + cases.Count);

        var disagreements = new List<string>();
        foreach (var (id, expression, code) in cases)
        {
            if (code is "S0401" or "S0402")
            {
                continue;
            }

            // Null would mean the validators gave up on the expression (too deep, or a fault walking its tree).
            var tree = JsonataTree.Parse(expression);
            var actual = tree is null ? "no verdict" : tree.Error?.Code;
            var expected = code is { } c && c.StartsWith("S0", System.StringComparison.Ordinal) ? c : null;
            if (actual != expected)
            {
                disagreements.Add(id + ": expected " + (expected ?? "no syntax error") + ", got " + (actual ?? "none") + " for " + expression);
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    private static List<(string Id, string Expression, string? Code)> Cases()
    {
        var groups = Path.Combine(ConformanceDefinitions.RepositoryRoot, "..", "shared", "jsonata", "groups");
        var cases = new List<(string, string, string?)>();
        foreach (var line in Directory.GetFiles(groups, "*.jsonl").SelectMany(File.ReadLines))
        {
            // Two expressions hold a lone surrogate (\ud800) in a string literal, which System.Text.Json cannot
            // materialise: keep it escaped for the JSONata tokenizer to decode.
            var node = JsonNode.Parse(line.Replace("\\ud800", "\\\\ud800", System.StringComparison.Ordinal))!;
            cases.Add(((string)node["id"]!, (string)node["expr"]!, (string?)node["error"]?["code"]));
        }

        return cases;
    }
}
