using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace StepFlow.Conformance.Tests;

/// <summary>One recorded case: definition, input, AWS's outcome and notes (conformance/README.md).</summary>
internal sealed class ConformanceCase
{
    private ConformanceCase(string name, string directory, bool needsServices)
    {
        Name = name;
        Directory = directory;
        NeedsServices = needsServices;
        Meta = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "meta.json")))!;
        Expected = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "expected.json")))!;
        Definition = File.ReadAllText(Path.Combine(directory, "definition.asl.json"));
        Input = File.ReadAllText(Path.Combine(directory, "input.json"));
        var events = Path.Combine(directory, "expected_events_detail.json");
        ExpectedEvents = File.Exists(events) ? (JsonArray)JsonNode.Parse(File.ReadAllText(events))! : null;
    }

    public string Name { get; }

    public string Directory { get; }

    public bool NeedsServices { get; }

    public JsonObject Meta { get; }

    public JsonObject Expected { get; }

    public string Definition { get; }

    public string Input { get; }

    public JsonArray? ExpectedEvents { get; }

    public string Category => Meta["category"]!.GetValue<string>();

    public IReadOnlyList<string> Features => Strings("features");

    public IReadOnlyList<string> Nondeterministic => Strings("nondeterministic");

    public IReadOnlyList<string> Placeholders => Strings("placeholders_in_expected");

    public bool UsesJsonata => Features.Any(f => f.StartsWith("jsonata", System.StringComparison.Ordinal)) || Definition.Contains("\"JSONata\"", System.StringComparison.Ordinal);

    /// <summary>The LocalStack test function that recorded the case, without pytest parameters
    /// (e.g. <c>test_map_item_reader_csv_max_items_paths</c>).</summary>
    public string TestFunction
    {
        get
        {
            var key = Meta["snapshot_key"]?.GetValue<string>() ?? string.Empty;
            var function = key.Substring(key.LastIndexOf("::", System.StringComparison.Ordinal) + 2);
            var parameters = function.IndexOf('[', System.StringComparison.Ordinal);
            return parameters < 0 ? function : function.Substring(0, parameters);
        }
    }

    /// <summary>Cases whose Map reads an S3 object the test uploaded (not part of the recording) and for which no
    /// fixture holds that object.</summary>
    public bool NeedsUnrecordedS3Data =>
        Strings("requires").Any(r => r.StartsWith("Map.ItemReader", System.StringComparison.Ordinal)) && !S3Fixtures.Covers(this);

    public bool IsDeterministic => Nondeterministic.All(n => n is "branch_event_interleaving" or "distributed_map_events");

    public static IEnumerable<ConformanceCase> LoadAll()
    {
        foreach (var (folder, services) in new[] { ("cases", false), ("cases_services", true) })
        {
            var root = Path.Combine(RepositoryPaths.Conformance, folder);
            foreach (var dir in System.IO.Directory.GetDirectories(root).OrderBy(d => d, System.StringComparer.Ordinal))
            {
                yield return new ConformanceCase(Path.GetFileName(dir), dir, services);
            }
        }
    }

    private IReadOnlyList<string> Strings(string key) =>
        Meta[key] is JsonArray array ? array.Select(n => n!.ToString()).ToList() : new List<string>();
}
