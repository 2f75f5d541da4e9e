using System.Linq;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using Xunit;

namespace StepFlow.Validation.Tests;

/// <summary>
/// The generator's validation and writers share one graph per definition object (<see cref="StateGraph.Of"/>): the
/// same object gets the same graph, an equal but distinct definition its own, and the shared graph is the graph.
/// </summary>
public sealed class StateGraphSharingTests
{
    private const string Definition = """
        {
          "StartAt": "First",
          "States": {
            "First": { "Type": "Pass", "Next": "Fan" },
            "Fan": {
              "Type": "Parallel",
              "Branches": [ { "StartAt": "Inner", "States": { "Inner": { "Type": "Succeed" } } } ],
              "End": true
            }
          }
        }
        """;

    [Fact]
    public void One_definition_object_gets_one_graph()
    {
        var definition = (AslObject)AslJsonReader.Parse(Definition);
        Assert.Same(StateGraph.Of(definition), StateGraph.Of(definition));
    }

    [Fact]
    public void An_equal_but_distinct_definition_gets_its_own_graph()
    {
        var first = (AslObject)AslJsonReader.Parse(Definition);
        var second = (AslObject)AslJsonReader.Parse(Definition);
        Assert.Equal(first, second);
        Assert.NotSame(StateGraph.Of(first), StateGraph.Of(second));
        Assert.Same(second, StateGraph.Of(second).Root.Body);
    }

    [Fact]
    public void The_shared_graph_holds_what_a_new_one_holds()
    {
        var definition = (AslObject)AslJsonReader.Parse(Definition);
        var shared = StateGraph.Of(definition);
        var built = StateGraph.From(definition);
        Assert.Equal(built.AllStates().Select(s => s.Path), shared.AllStates().Select(s => s.Path));
        Assert.Equal(new[] { "$.States.First", "$.States.Fan", "$.States.Fan.Branches[0].States.Inner" }, shared.AllStates().Select(s => s.Path));
    }
}
