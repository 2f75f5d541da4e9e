using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using StepFlow.Visualization.History;
using StepFlow.Visualization.Tests.Support;
using Xunit;

namespace StepFlow.Visualization.Tests;

/// <summary>
/// Histories recorded against real AWS (the shared conformance suite, event ids and links as AWS wrote them) map
/// onto their definitions: every state entry becomes a run in the right place, Map iterations are all counted,
/// and the execution's status and error come through.
/// </summary>
public sealed class RecordedAwsHistoryTests
{
    private static string Conformance => Path.Combine(RepositoryPaths.Shared, "conformance");

    public static IEnumerable<object[]> RecordedCases() =>
        Directory.GetFiles(Conformance, "expected_events_detail.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Conformance, Path.GetDirectoryName(f)!))
            .Order()
            .Select(c => new object[] { c });

    [Fact]
    public void The_recorded_histories_are_there()
    {
        Assert.True(RecordedCases().Count() >= 200, $"expected recorded histories under {Conformance}");
    }

    [Theory]
    [MemberData(nameof(RecordedCases))]
    public void Recorded_history_maps_onto_its_definition(string caseFolder)
    {
        string folder = Path.Combine(Conformance, caseFolder);
        var flattened = (JsonArray)JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "expected_events_detail.json")))!;
        var expected = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")))!;
        string history = RecordedHistory.ToAwsShape(flattened).ToJsonString();

        ExecutionReport report = ExecutionReport.Create(File.ReadAllText(Path.Combine(folder, "definition.asl.json")), history);

        var entered = flattened.Select(e => e!.AsObject()).Where(e => e["type"]!.GetValue<string>().EndsWith("StateEntered")).ToList();
        Assert.Equal(entered.Select(e => e["name"]!.GetValue<string>()), report.Trace.Runs.Select(r => r.State.Name));
        int exits = flattened.Count(e => e!["type"]!.GetValue<string>().EndsWith("StateExited"));
        Assert.Equal(exits, report.Trace.Runs.Count(r => r.HasExited));
        Assert.All(report.Trace.Runs.Where(r => r.HasExited), r => Assert.NotEqual(Rendering.StateOutcome.Unfinished, r.Outcome));
        int iterations = flattened.Count(e => e!["type"]!.GetValue<string>() == "MapIterationStarted");
        Assert.Equal(iterations, report.Trace.Runs.Sum(r => r.Map?.Started ?? 0));
        string status = expected["status"]!.GetValue<string>();
        bool closed = flattened.Any(e => e!["type"]!.GetValue<string>().StartsWith("Execution") && e["type"]!.GetValue<string>() != "ExecutionStarted");
        if (closed)
        {
            Assert.Equal(status, report.Trace.Status);
        }

        if (status == "FAILED" && expected["error"] is JsonValue error && closed)
        {
            Assert.Equal(error.GetValue<string>(), report.Trace.Error);
            Assert.True(report.Trace.Runs.Count == 0 || report.Trace.FailedRun is not null, "a failed execution names the state that failed");
        }

        Assert.All(report.Trace.Runs.Where(r => r.State.Owner.Role != Definition.NestedGraphRole.Root), r => Assert.NotEqual(string.Empty, r.Location));
        Assert.DoesNotContain('<', report.ToHtml().Split("id=\"sf-data\">")[1].Split("</script>")[0]);
    }
}
