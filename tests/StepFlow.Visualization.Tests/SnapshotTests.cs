using StepFlow.Visualization.Tests.Support;
using Xunit;

namespace StepFlow.Visualization.Tests;

/// <summary>Exact output for a few inputs, compared with checked-in verified files.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Order_fulfilment_diagram_svg() =>
        SnapshotFile.Verify(WorkflowDiagram.FromDefinition(TestInputs.Definition("order-fulfilment")).ToSvg(), "order-fulfilment", "svg");

    [Fact]
    public void Order_fulfilment_diagram_mermaid() =>
        SnapshotFile.Verify(WorkflowDiagram.FromDefinition(TestInputs.Definition("order-fulfilment")).ToMermaid(), "order-fulfilment", "mmd");

    [Fact]
    public void Failed_then_caught_report_html() =>
        SnapshotFile.Verify(
            ExecutionReport.Create(TestInputs.Definition("order-fulfilment"), TestInputs.History("order-failed-caught")).ToHtml(),
            "order-failed-caught.report",
            "html");

    [Fact]
    public void Map_with_failed_item_report_svg() =>
        SnapshotFile.Verify(
            ExecutionReport.Create(TestInputs.Definition("batch-items"), TestInputs.History("batch-items-caught")).ToSvg(),
            "batch-items-caught.report",
            "svg");
}
