using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using StepFlow.Paths;
using StepFlow.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace StepFlow.Paths.Tests;

/// <summary>
/// Every path and intrinsic call written in the 178 real-world definitions parses with the engine's parsers: a path
/// AWS runs but the local engine could not parse would fail a workflow only when tested locally. The rule engine
/// checks paths with its own lenient grammar; this is the engine's side of the same corpus.
/// </summary>
public sealed class CorpusPathTests
{
    private static readonly string[] PathFields =
    {
        "InputPath", "OutputPath", "ResultPath", "ItemsPath", "TimeoutSecondsPath", "HeartbeatSecondsPath", "SecondsPath",
        "TimestampPath", "MaxConcurrencyPath", "ToleratedFailurePercentagePath", "ToleratedFailureCountPath", "ErrorPath",
        "CausePath", "Variable",
    };

    private readonly ITestOutputHelper _output;

    public CorpusPathTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_path_and_intrinsic_call_of_the_real_world_corpus_parses()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var file in Corpus.Files)
        {
            JsonNode? root;
            try
            {
                root = JsonNode.Parse(File.ReadAllText(file));
            }
            catch (System.Text.Json.JsonException)
            {
                continue;
            }

            foreach (var (text, where) in Expressions(root, "$"))
            {
                count++;
                var parsed = text.StartsWith("$", StringComparison.Ordinal)
                    ? JsonPath.TryParse(text, out _, out var pathError) ? null : pathError!.Message
                    : IntrinsicCall.TryParse(text, out _, out var callError) ? null : callError!.Message;
                if (parsed is not null)
                {
                    failures.Add(Path.GetFileName(file) + " " + where + ": '" + text + "': " + parsed);
                }
            }
        }

        _output.WriteLine(count + " expressions, " + failures.Count + " not parsed");
        Assert.True(count > 1000, "only " + count + " expressions found: the walk is not reading the corpus");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>JSONPath expressions: path fields, Choice operands, and ".$" template values (JSONata states skipped).</summary>
    private static IEnumerable<(string Text, string Where)> Expressions(JsonNode? node, string where)
    {
        if (node is JsonObject obj)
        {
            if (obj["QueryLanguage"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && (string?)obj["QueryLanguage"] == "JSONata")
            {
                yield break;
            }

            foreach (var (name, value) in obj)
            {
                var here = where + "." + name;
                if (value is JsonValue leaf && leaf.TryGetValue<string>(out var text))
                {
                    var isPath = Array.IndexOf(PathFields, name) >= 0 || (name.EndsWith("Path", StringComparison.Ordinal) && name.Length > 4 && char.IsUpper(name[0]) && !name.EndsWith("$", StringComparison.Ordinal));
                    var isTemplate = name.EndsWith(".$", StringComparison.Ordinal);
                    if ((isPath || isTemplate) && !text.StartsWith("{%", StringComparison.Ordinal) && !text.Contains("${", StringComparison.Ordinal))
                    {
                        yield return (text, here);
                    }
                }
                else
                {
                    foreach (var inner in Expressions(value, here))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                foreach (var inner in Expressions(array[i], where + "[" + i + "]"))
                {
                    yield return inner;
                }
            }
        }
    }
}
