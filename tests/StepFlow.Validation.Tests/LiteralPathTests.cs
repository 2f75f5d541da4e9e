using System.Linq;
using StepFlow.Asl.Validation;
using StepFlow.Validation.Tests.Support;
using Xunit;
using static StepFlow.Validation.Tests.Support.Machines;

namespace StepFlow.Validation.Tests;

/// <summary>
/// The three warnings AWS itself gives for paths that are never evaluated: SF5020 (NO_DOLLAR), SF5021 (NO_PATH) and
/// SF5022 (PASS_RESULT_IS_STATIC).
/// </summary>
public sealed class LiteralPathTests
{
    [Fact]
    public void NoDollar_points_at_the_literal_path_at_any_depth_in_a_template()
    {
        var json = Parameters(""" {"order": {"items": [{"id": "$.items[0].id"}]}} """);
        var finding = FindingText.Single(json, "SF5020");

        Assert.Equal(AslSeverity.Warning, finding.Severity);
        Assert.Equal("\"$.items[0].id\"", FindingText.At(json, finding));
        Assert.Equal("$.States.A.Parameters.order.items[0].id", finding.JsonPath);
        Assert.Contains("rename the key to 'id.$'", finding.Message);
    }

    [Theory]
    [InlineData("""{"n": "States.Format('{}', $.a)"}""")]
    [InlineData("""{"n": "$$.Execution.Id"}""")]
    [InlineData("""{"n": "$['a b']"}""")]
    public void NoDollar_reports_intrinsic_calls_and_context_paths(string template)
        => Assert.Equal("$.States.A.Parameters.n", FindingText.Single(Parameters(template), "SF5020").JsonPath);

    [Theory]
    [InlineData("""{"price": "$5", "symbol": "$", "ctx": "$$", "currency": "$USD", "sql": "count(*)", "list": ["$.a"]}""")]
    [InlineData("""{"n.$": "$.a"}""")]
    public void NoDollar_ignores_text_that_is_plausibly_literal_and_keys_that_evaluate(string template)
        => FindingText.None(Parameters(template), "SF5020");

    [Fact]
    public void NoDollar_checks_catcher_Assign_and_the_Distributed_Map_templates_but_not_their_settings()
    {
        var json = JsonPath("""
            "A": {"Type": "Map", "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSON", "MaxItemsPath": "$.max"},
                  "Parameters": {"Bucket": "$.bucket"}},
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Assign": {"why": "$.Cause"}, "Next": "B"}], "End": true},
            "B": {"Type": "Succeed"}
            """);
        var findings = AslCheck.Validate(json).Where(f => f.Rule.Id == "SF5020").ToList();

        Assert.Equal(new[] { "$.States.A.ItemReader.Parameters.Bucket", "$.States.A.Catch[0].Assign.why" }, findings.Select(f => f.JsonPath));
    }

    [Fact]
    public void NoDollar_leaves_JSONata_states_alone()
        => FindingText.None(JsonataTask(""" "Arguments": {"id": "$.order.id"}, """), "SF5020");

    [Fact]
    public void NoPath_points_at_a_string_comparison_holding_a_path_even_inside_And_and_Not()
    {
        var json = Choice(""" {"And": [{"Variable": "$.a", "IsPresent": true}, {"Not": {"Variable": "$.a", "StringEquals": "$.b"}}], "Next": "B"} """);
        var finding = FindingText.Single(json, "SF5021");

        Assert.Equal("\"$.b\"", FindingText.At(json, finding));
        Assert.Equal("$.States.A.Choices[0].And[1].Not.StringEquals", finding.JsonPath);
        Assert.Contains("use StringEqualsPath", finding.Message);
    }

    [Fact]
    public void NoPath_reports_a_Fail_Error_that_reads_like_a_path()
    {
        var json = JsonPath(""" "A": {"Type": "Fail", "Error": "$.code", "Cause": "States.Format('failed: {}', $.why)"} """);
        var findings = AslCheck.Validate(json).Where(f => f.Rule.Id == "SF5021").ToList();

        Assert.Equal(new[] { "$.States.A.Error", "$.States.A.Cause" }, findings.Select(f => f.JsonPath));
        Assert.Contains("use ErrorPath", findings[0].Message);
    }

    [Theory]
    [InlineData("""{"Variable": "$.a", "StringEquals": "$5", "Next": "B"}""")]
    [InlineData("""{"Variable": "$.a", "StringMatches": "$.log*", "Next": "B"}""")]
    [InlineData("""{"Variable": "$.a", "StringEqualsPath": "$.b", "Next": "B"}""")]
    public void NoPath_stays_silent_on_literals_patterns_and_Path_operators(string rule)
        => FindingText.None(Choice(rule), "SF5021");

    [Fact]
    public void PassResultIsStatic_points_at_each_value_that_will_not_be_evaluated()
    {
        var json = JsonPath(""" "A": {"Type": "Pass", "Result": {"id.$": "$.order.id", "tags": ["$.tag", "plain"], "note": "plain"}, "End": true} """);
        var findings = AslCheck.Validate(json).Where(f => f.Rule.Id == "SF5022").ToList();

        Assert.Equal(new[] { "$.States.A.Result['id.$']", "$.States.A.Result.tags[0]" }, findings.Select(f => f.JsonPath));
        Assert.Equal("\"$.order.id\"", FindingText.At(json, findings[0]));
        Assert.Equal("\"$.tag\"", FindingText.At(json, findings[1]));
        Assert.Contains("move it to Parameters", findings[0].Message);
    }

    [Fact]
    public void PassResultIsStatic_stays_silent_on_plain_results()
        => FindingText.None(JsonPath(""" "A": {"Type": "Pass", "Result": {"price": "$5", "list": [1, "two"]}, "End": true} """), "SF5022");
}
