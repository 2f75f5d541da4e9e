using StepFlow.Validation.Tests.Support;
using Xunit;

namespace StepFlow.Validation.Tests;

/// <summary>JSONata reads of workflow variables: reported on the $name when no visible scope assigns it; locals, functions and $states never are.</summary>
public sealed class JsonataVariableTests
{
    [Fact]
    public void Read_of_a_never_assigned_variable_points_at_it()
    {
        var json = Machines.Jsonata(""" "A": {"Type": "Pass", "Assign": {"total": 1}, "Next": "C"}, "C": {"Type": "Pass", "Output": {"n": "{% $totl + 1 %}"}, "End": true} """);
        Assert.Equal(new[] { "$totl" }, JsonataProbe.Marked(json, "SF6007"));
        Assert.Contains(AslCheck.Validate(json), f => f.Rule.Id == "SF6007" && f.Message.Contains("'total'"));
    }

    [Fact]
    public void Read_of_a_sibling_branch_variable_says_where_it_lives()
    {
        var json = Machines.Jsonata(""" "A": {"Type": "Parallel", "Branches": [{"StartAt": "P", "States": {"P": {"Type": "Pass", "Assign": {"v": 2}, "End": true}}}, {"StartAt": "Q", "States": {"Q": {"Type": "Pass", "Output": "{% $v %}", "End": true}}}], "End": true} """);
        Assert.Equal(new[] { "$v" }, JsonataProbe.Marked(json, "SF6007"));
        Assert.Contains(AslCheck.Validate(json), f => f.Rule.Id == "SF6007" && f.Message.Contains("a scope of 'A'"));
    }

    [Fact]
    public void Outer_variables_read_inside_a_map_stay_silent()
    {
        var json = Machines.Jsonata(""" "A": {"Type": "Pass", "Assign": {"rate": 2}, "Next": "M"}, "M": {"Type": "Map", "Items": "{% $states.input.items %}", "ItemSelector": {"v": "{% $states.context.Map.Item.Value * $rate %}"}, "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "Output": "{% $states.input.v * $rate %}", "End": true}}}, "End": true} """);
        Assert.Empty(JsonataProbe.JsonataFindings(json));
    }

    [Fact]
    public void Variables_assigned_by_jsonpath_states_and_catchers_are_visible()
    {
        var json = Machines.Jsonata(""" "A": {"Type": "Pass", "QueryLanguage": "JSONPath", "Assign": {"fromPath.$": "$.x"}, "Next": "T"}, "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Catch": [{"ErrorEquals": ["States.ALL"], "Assign": {"failure": "{% $states.errorOutput %}"}, "Next": "B"}], "End": true}, "B": {"Type": "Pass", "Output": "{% [$fromPath, $failure] %}", "End": true} """);
        Assert.Empty(JsonataProbe.JsonataFindings(json));
    }

    [Theory]
    [InlineData("{% function($total) { $total + 1 }($states.input.n) %}")]
    [InlineData("{% ($total := 1; $total + 1) %}")]
    [InlineData("{% $states.input.items#$total.($total) %}")]
    [InlineData("{% $reduce($states.input.items, function($acc, $v) { $acc + $v }, 0) %}")]
    [InlineData("{% $filter($states.input.items, $exists) %}")]
    public void Locals_and_function_names_are_not_workflow_variables(string expression)
        => Assert.Empty(JsonataProbe.JsonataFindings(Machines.JsonataTask("\"Output\": \"" + expression + "\",")));
}
