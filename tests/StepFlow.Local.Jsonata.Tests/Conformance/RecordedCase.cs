using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace StepFlow.Local.Jsonata.Tests.Conformance;

/// <summary>One recorded AWS case of the JSONata category: definition, input and the recorded outcome.</summary>
internal sealed record RecordedCase(string Name, string Definition, string Input, JsonObject Expected, string MachineType)
{
    public static IReadOnlyList<RecordedCase> LoadJsonataCategory() =>
        Directory.GetDirectories(RepositoryRoot.ConformanceCases)
            .Order(System.StringComparer.Ordinal)
            .Select(dir => (dir, meta: JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "meta.json")))!))
            .Where(c => c.meta["category"]?.GetValue<string>() == "jsonata")
            .Select(c => new RecordedCase(
                Path.GetFileName(c.dir),
                File.ReadAllText(Path.Combine(c.dir, "definition.asl.json")),
                File.ReadAllText(Path.Combine(c.dir, "input.json")),
                (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(c.dir, "expected.json")))!,
                c.meta["state_machine_type"]?.GetValue<string>() ?? "STANDARD"))
            .ToList();
}
