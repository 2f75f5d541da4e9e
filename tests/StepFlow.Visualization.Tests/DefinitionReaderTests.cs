using System.Linq;
using StepFlow.Visualization.Definition;
using StepFlow.Visualization.Tests.Support;
using Xunit;

namespace StepFlow.Visualization.Tests;

public sealed class DefinitionReaderTests
{
    [Fact]
    public void Reads_states_edges_and_nested_graphs()
    {
        WorkflowDefinition definition = WorkflowDefinition.Parse(TestInputs.Definition("order-fulfilment"));

        WorkflowGraph root = definition.Root;
        Assert.Equal("Validate order", root.States[root.StartAt].Name);
        Assert.Equal(9, root.States.Count);
        Assert.Equal(13, definition.AllStates.Count);
        StateNode parallel = root.States[root.IndexOf("Check inventory")];
        Assert.Equal(2, parallel.Children.Count);
        Assert.All(parallel.Children, b => Assert.Equal(NestedGraphRole.Branch, b.Role));
        StateNode map = root.States[root.IndexOf("Ship items")];
        Assert.Equal(NestedGraphRole.ItemProcessor, Assert.Single(map.Children).Role);
        Assert.Equal("INLINE", map.MapMode);
        Assert.Equal("$.States['Ship items'].ItemProcessor.States['Pick & pack']", map.Children[0].States[0].Path);

        Transition choice = root.Transitions.Single(t => t.Kind == TransitionKind.Choice);
        Assert.Equal("$.checks[1].risk > 80", choice.Label);
        Assert.Equal("Manual review", root.States[choice.To].Name);
        Transition catcher = root.Transitions.Single(t => t.Kind == TransitionKind.Catch);
        Assert.Equal("Payment.CardDeclined, States.ALL", catcher.Label);
        Assert.Equal("Release stock", root.States[catcher.To].Name);
        Assert.True(root.States[root.IndexOf("Order failed")].IsTerminal);
        Assert.False(root.States[root.IndexOf("Charge card")].IsTerminal);
    }

    [Fact]
    public void JSONata_conditions_and_inherited_query_language_are_read()
    {
        WorkflowDefinition definition = WorkflowDefinition.Parse(TestInputs.Definition("batch-items"));

        WorkflowGraph processor = definition.Root.States[0].Children[0];
        Transition rule = processor.Transitions.Single(t => t.Kind == TransitionKind.Choice);
        Assert.Equal("$states.input.qty > 0", rule.Label);
        Assert.All(definition.AllStates, s => Assert.Equal("JSONata", s.QueryLanguage));
        Assert.Equal("default", processor.Transitions.Single(t => t.Kind == TransitionKind.Default).Label);
    }

    [Theory]
    [InlineData("""{"Variable":"$.a","StringEquals":"x"}""", "$.a == \"x\"")]
    [InlineData("""{"Variable":"$.n","NumericLessThanEqualsPath":"$.max"}""", "$.n <= $.max")]
    [InlineData("""{"Variable":"$.t","IsPresent":false}""", "$.t is not present")]
    [InlineData("""{"Not":{"Variable":"$.s","StringMatches":"log-*"}}""", "not ($.s matches \"log-*\")")]
    [InlineData("""{"And":[{"Variable":"$.a","BooleanEquals":true},{"Variable":"$.b","IsNull":true}]}""", "($.a == true and $.b is null)")]
    public void Choice_rules_become_short_labels(string rule, string expected)
    {
        string asl = """{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[""" + rule[..^1] + ""","Next":"E"}]},"E":{"Type":"Succeed"}}}""";

        Transition transition = WorkflowDefinition.Parse(asl).Root.Transitions[0];

        Assert.Equal(expected, transition.Detail);
    }

    [Theory]
    [InlineData("""{"States":{}}""", "$.StartAt", "required string field 'StartAt' is missing")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Nowhere"}}}""", "$.States.A.Next", "names state 'Nowhere'")]
    [InlineData("""{"StartAt":"B","States":{"A":{"Type":"Pass","End":true}}}""", "$.StartAt", "names state 'B'")]
    [InlineData("""{"StartAt":"A","States":{"A":{"End":true}}}""", "$.States.A.Type", "required string field 'Type'")]
    [InlineData("""{"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[{"StartAt":"X","States":{"X":{"Type":"Pass","Next":"Out"}}}]}}}""", "$.States.P.Branches[0].States.X.Next", "names state 'Out'")]
    [InlineData("""{"StartAt":"M","States":{"M":{"Type":"Map","End":true}}}""", "$.States.M.ItemProcessor", "needs 'ItemProcessor'")]
    [InlineData("""{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Next":"C"},{"Variable":"$.x"}]}}}""", "$.States.C.Choices[1].Next", "required string field 'Next'")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Task","End":true,"Catch":[{"ErrorEquals":[1],"Next":"A"}]}}}""", "$.States.A.Catch[0].ErrorEquals[0]", "must be a string")]
    [InlineData("""{"StartAt":"the 'odd' one","States":{"the 'odd' one":{"Type":"Pass","Next":"x"}}}""", "$.States['the \\'odd\\' one'].Next", "names state 'x'")]
    [InlineData("[1,2]", "$", "must be a JSON object")]
    [InlineData("""{"StartAt":"A","States":{"A":{"Type":"Pass","End":true,"End":false}}}""", "$.States.A.End", "property 'End' appears twice")]
    [InlineData("{\"StartAt\": ", "$", "not valid JSON (line 1")]
    public void Bad_definitions_are_reported_with_their_JSON_path(string asl, string path, string problem)
    {
        var error = Assert.Throws<VisualizationInputException>(() => WorkflowDiagram.FromDefinition(asl));

        Assert.Equal(path, error.JsonPath);
        Assert.Contains(problem, error.Message);
        Assert.Contains("(at " + path + ")", error.Message);
    }

    [Fact]
    public void A_non_object_member_of_States_is_skipped_with_a_warning()
    {
        const string asl = """{"StartAt":"A","States":{"QueryLanguage":"JSONata","A":{"Type":"Pass","End":true}}}""";

        WorkflowDiagram diagram = WorkflowDiagram.FromDefinition(asl);

        Assert.Single(diagram.Definition.AllStates);
        Assert.Contains("$.States.QueryLanguage is a string, not a state object", Assert.Single(diagram.Definition.Warnings));
        Assert.Contains("not a state object", diagram.ToHtml());
    }

    [Fact]
    public void Self_loops_are_drawn_beside_their_state()
    {
        const string asl = """{"StartAt":"Poll","States":{"Poll":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Catch":[{"ErrorEquals":["Busy"],"Next":"Poll"}],"End":true}}}""";

        WorkflowDiagram diagram = WorkflowDiagram.FromDefinition(asl);

        var loop = diagram.Layout.Edges.Single(e => e.IsSelfLoop);
        Assert.True(loop.Points.All(p => p.X >= loop.From.Box.Right));
        LayoutChecks.AssertNoOverlaps(diagram.Layout, "self-loop");
        LayoutChecks.AssertEveryEdgeRouted(diagram.Layout, "self-loop");
    }
}
