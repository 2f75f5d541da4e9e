using System.Linq;
using StepFlow.Validation.Tests.Support;
using Xunit;

namespace StepFlow.Validation.Tests;

/// <summary>Every field a JSONata state evaluates is parsed, at any depth of objects and arrays, in any state and catcher.</summary>
public sealed class JsonataFieldCoverageTests
{
    private const string Broken = "{% $states.input.x + %}";

    [Theory]
    [InlineData("Task", "\"TimeoutSeconds\": \"" + Broken + "\"", "$.States.A.TimeoutSeconds")]
    [InlineData("Task", "\"HeartbeatSeconds\": \"" + Broken + "\"", "$.States.A.HeartbeatSeconds")]
    [InlineData("Task", "\"Arguments\": {\"list\": [1, {\"deep\": \"" + Broken + "\"}]}", "$.States.A.Arguments.list[1].deep")]
    [InlineData("Task", "\"Assign\": {\"v\": \"" + Broken + "\"}", "$.States.A.Assign.v")]
    [InlineData("Task", "\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Output\": {\"e\": \"" + Broken + "\"}, \"Next\": \"B\"}]", "$.States.A.Catch[0].Output.e")]
    [InlineData("Task", "\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Assign\": {\"e\": \"" + Broken + "\"}, \"Next\": \"B\"}]", "$.States.A.Catch[0].Assign.e")]
    [InlineData("Map", "\"Items\": \"" + Broken + "\"", "$.States.A.Items")]
    [InlineData("Map", "\"ItemSelector\": {\"i\": \"" + Broken + "\"}", "$.States.A.ItemSelector.i")]
    [InlineData("Map", "\"MaxConcurrency\": \"" + Broken + "\"", "$.States.A.MaxConcurrency")]
    [InlineData("Map", "\"ToleratedFailurePercentage\": \"" + Broken + "\"", "$.States.A.ToleratedFailurePercentage")]
    [InlineData("Map", "\"ToleratedFailureCount\": \"" + Broken + "\"", "$.States.A.ToleratedFailureCount")]
    [InlineData("Map", "\"ItemReader\": {\"Resource\": \"arn:aws:states:::s3:getObject\", \"Arguments\": {\"Bucket\": \"" + Broken + "\"}}", "$.States.A.ItemReader.Arguments.Bucket")]
    [InlineData("Map", "\"ResultWriter\": {\"Resource\": \"arn:aws:states:::s3:putObject\", \"Arguments\": {\"Prefix\": \"" + Broken + "\"}}", "$.States.A.ResultWriter.Arguments.Prefix")]
    public void Broken_expression_is_found_in(string type, string field, string path)
    {
        var resource = type == "Task" ? "\"Resource\": \"arn:aws:states:::lambda:invoke\", " : "\"ItemProcessor\": {\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}, ";
        var json = Machines.Jsonata("\"A\": {\"Type\": \"" + type + "\", " + resource + field + ", \"Next\": \"B\"}, \"B\": {\"Type\": \"Succeed\"}");
        Assert.Contains(path, AslCheck.Validate(json).Where(f => f.Rule.Id == "SF5007").Select(f => f.JsonPath));
    }

    [Fact]
    public void Choice_rule_condition_and_assign_are_parsed()
    {
        var json = Machines.Choice("{\"Condition\": \"" + Broken + "\", \"Assign\": {\"v\": \"{% ) %}\"}, \"Next\": \"B\"}", jsonata: true);
        Assert.Equal(new[] { "$.States.A.Choices[0].Assign.v", "$.States.A.Choices[0].Condition" }, AslCheck.Validate(json).Where(f => f.Rule.Id == "SF5007").Select(f => f.JsonPath).OrderBy(p => p, System.StringComparer.Ordinal));
    }

    [Fact]
    public void A_jsonata_state_in_a_jsonpath_machine_is_parsed_and_a_jsonpath_state_is_not()
    {
        var json = Machines.JsonPath("\"A\": {\"Type\": \"Pass\", \"QueryLanguage\": \"JSONata\", \"Output\": \"" + Broken + "\", \"Next\": \"B\"}, \"B\": {\"Type\": \"Pass\", \"Parameters\": {\"x\": \"" + Broken + "\"}, \"End\": true}");
        Assert.Equal(new[] { "$.States.A.Output" }, AslCheck.Validate(json).Where(f => f.Rule.Id == "SF5007").Select(f => f.JsonPath));
    }
}
