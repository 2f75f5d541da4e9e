using StepFlow.Asl.Validation;
using StepFlow.Validation.Tests.Support;
using Xunit;
using static StepFlow.Validation.Tests.Support.Machines;

namespace StepFlow.Validation.Tests;

/// <summary>SF3027: a Choice rule that an earlier rule always wins over.</summary>
public sealed class ShadowedChoiceTests
{
    private static string Rules(string rules, bool jsonata = false)
    {
        var states = """ "A": {"Type": "Choice", "Choices": [""" + rules + """], "Default": "B"}, "B": {"Type": "Succeed"}, "C": {"Type": "Succeed"} """;
        return jsonata ? Machines.Jsonata(states) : JsonPath(states);
    }

    [Fact]
    public void A_repeated_test_is_reported_on_the_later_rule_whatever_its_key_order_and_Next()
    {
        var json = Rules("""{"Variable": "$.kind", "StringEquals": "a", "Next": "B"}, {"Next": "C", "StringEquals": "a", "Variable": "$.kind"}""");
        var finding = FindingText.Single(json, "SF3027");

        Assert.Equal(AslSeverity.Info, finding.Severity);
        Assert.Equal("""{"Next": "C", "StringEquals": "a", "Variable": "$.kind"}""", FindingText.At(json, finding));
        Assert.Equal("$.States.A.Choices[1]", finding.JsonPath);
        Assert.Contains("rule 1 is never chosen because rule 0, checked first, tests the same condition", finding.Message);
    }

    [Fact]
    public void Rules_after_an_always_true_JSONata_condition_are_reported()
    {
        var json = Rules("""{"Condition": "{% true %}", "Next": "B"}, {"Condition": "{% $states.input.x > 1 %}", "Next": "C"}""", jsonata: true);
        var finding = FindingText.Single(json, "SF3027");

        Assert.Contains("always matches", finding.Message);
    }

    [Fact]
    public void Repeated_JSONata_conditions_are_reported()
    {
        var json = Rules("""{"Condition": "{% $states.input.x > 1 %}", "Next": "B"}, {"Condition": "{% $states.input.x > 1 %}", "Next": "C"}""", jsonata: true);

        Assert.Equal("$.States.A.Choices[1]", FindingText.Single(json, "SF3027").JsonPath);
    }

    [Theory]
    [InlineData("""{"Variable": "$.kind", "StringEquals": "a", "Next": "B"}, {"Variable": "$.kind", "StringEquals": "b", "Next": "C"}""")]
    [InlineData("""{"Variable": "$.kind", "IsPresent": true, "Next": "B"}, {"Variable": "$.kind", "IsPresent": true, "IsString": true, "Next": "C"}""")]
    [InlineData("""{"Variable": "$.kind", "StringEquals": "a", "Next": "B"}, {"Not": {"Variable": "$.kind", "StringEquals": "a"}, "Next": "C"}""")]
    public void Different_tests_stay_silent(string rules) => FindingText.None(Rules(rules), "SF3027");

    [Fact]
    public void A_false_condition_shadows_nothing()
        => FindingText.None(Rules("""{"Condition": false, "Next": "B"}, {"Condition": "{% true %}", "Next": "C"}""", jsonata: true), "SF3027");
}
