using System.Linq;
using StepFlow.Visualization.Layout;
using StepFlow.Visualization.Tests.Support;
using Xunit;

namespace StepFlow.Visualization.Tests;

public sealed class LayoutAlgorithmTests
{
    [Theory]
    [InlineData(new double[] { 1, 2, 3 }, new double[] { 1, 2, 3 })]
    [InlineData(new double[] { 3, 1, 2 }, new double[] { 2, 2, 2 })]
    [InlineData(new double[] { 0, 5, 1, 9 }, new double[] { 0, 3, 3, 9 })]
    public void Pool_adjacent_violators_gives_the_closest_non_decreasing_sequence(double[] targets, double[] expected)
    {
        Assert.Equal(expected, HorizontalPlacer.PoolAdjacentViolators(targets));
    }

    [Fact]
    public void A_polling_loop_points_back_up_to_the_state_it_repeats()
    {
        const string asl = """
            {"StartAt":"Start job","States":{
              "Start job":{"Type":"Task","Resource":"arn:aws:states:::glue:startJobRun","Next":"Wait"},
              "Wait":{"Type":"Wait","Seconds":30,"Next":"Get status"},
              "Get status":{"Type":"Task","Resource":"arn:aws:states:::aws-sdk:glue:getJobRun","Next":"Done?"},
              "Done?":{"Type":"Choice","Choices":[{"Variable":"$.status","StringEquals":"RUNNING","Next":"Wait"}],"Default":"Finished"},
              "Finished":{"Type":"Succeed"}}}
            """;

        GraphLayout layout = WorkflowDiagram.FromDefinition(asl).Layout;

        NodeLayout wait = layout.NodeOf(1);
        NodeLayout choice = layout.NodeOf(3);
        EdgeLayout loop = layout.Edges.Single(e => e.From == choice && e.To == wait);
        Assert.True(wait.Box.Bottom < choice.Box.Y, "the loop target sits above the Choice");
        Assert.Equal(wait.Box.Bottom, loop.Points[^1].Y);
        Assert.Equal("$.status == \"RUNNING\"", loop.Label);
        Assert.NotNull(loop.LabelBox);
        LayoutChecks.AssertNoOverlaps(layout, "polling loop");
        LayoutChecks.AssertEveryEdgeRouted(layout, "polling loop");
    }

    [Fact]
    public void Nested_boxes_are_sized_from_their_contents()
    {
        GraphLayout layout = WorkflowDiagram.FromDefinition(TestInputs.Definition("order-fulfilment")).Layout;

        NodeLayout parallel = layout.NodeOf(1);
        Assert.Equal(2, parallel.Lanes.Count);
        Assert.True(parallel.Lanes[0].Box.Right <= parallel.Lanes[1].Box.X, "branches sit side by side");
        foreach (LaneLayout lane in parallel.Lanes)
        {
            Assert.True(lane.Box.Contains(lane.Graph.Bounds));
            Assert.True(lane.Graph.Bounds.Height > 3 * LayoutMetrics.StateHeight / 2, "a branch holds a start marker, its state and an end marker");
        }
    }

    [Fact]
    public void The_route_check_catches_an_edge_drawn_through_a_box()
    {
        GraphLayout layout = WorkflowDiagram.FromDefinition(TestInputs.Definition("order-fulfilment")).Layout;
        EdgeLayout start = layout.Edges[0];
        Rect parallel = layout.NodeOf(1).Box;
        double x = parallel.X + parallel.Width / 2;

        start.Points = [start.Points[0], new Point(start.Points[0].X, parallel.Y - 4), new Point(x, parallel.Y + 30), new Point(x, parallel.Bottom)];

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => LayoutChecks.AssertEdgesAvoidBoxes(layout, "mutated"));
    }
}
