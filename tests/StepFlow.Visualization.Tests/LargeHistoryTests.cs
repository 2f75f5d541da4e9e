using System.Linq;
using System.Text;
using StepFlow.Visualization.History;
using StepFlow.Visualization.Rendering;
using StepFlow.Visualization.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace StepFlow.Visualization.Tests;

/// <summary>A Map of 10,000 items (about 40,000 events) still gives a report well under 5 MB.</summary>
public sealed class LargeHistoryTests(ITestOutputHelper output)
{
    private const int Items = 10_000;
    private const long MaxReportBytes = 5L * 1024 * 1024;

    [Fact]
    public void Ten_thousand_item_map_report_stays_under_five_megabytes()
    {
        string history = LargeMapHistory.Create(Items, out int events);

        ExecutionReport report = ExecutionReport.Create(LargeMapHistory.Definition, history);
        int bytes = Encoding.UTF8.GetByteCount(report.ToHtml());

        output.WriteLine($"events: {events:N0}, history: {Encoding.UTF8.GetByteCount(history):N0} bytes, report: {bytes:N0} bytes");
        Assert.True(events >= 25_000, $"only {events} events");
        Assert.True(bytes < MaxReportBytes, $"report is {bytes:N0} bytes");
        StateRun map = report.Trace.Runs.Single(r => r.State.Name == "Price lines");
        Assert.Equal(StateOutcome.Caught, map.Outcome);
        Assert.Equal((Items, Items - LargeMapHistory.Concurrency, 1, LargeMapHistory.Concurrency - 1), (map.Map!.Started, map.Map.Succeeded, map.Map.Failed, map.Map.Aborted));
        FailedItem failed = Assert.Single(map.Map.FailedItems);
        Assert.Equal((LargeMapHistory.FailingItem, "States.QueryEvaluationError", "Price line"), (failed.Index, failed.Error, failed.StateName));
        Assert.Equal(Items, report.Trace.Runs.Count(r => r.State.Name == "Price line"));
    }
}
