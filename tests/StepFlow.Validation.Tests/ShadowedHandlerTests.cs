using StepFlow.Asl.Validation;
using StepFlow.Validation.Tests.Support;
using Xunit;
using static StepFlow.Validation.Tests.Support.Machines;

namespace StepFlow.Validation.Tests;

/// <summary>SF4009: a retrier or catcher whose every error an earlier one matches never runs.</summary>
public sealed class ShadowedHandlerTests
{
    private const string Handler = """ "H": {"Type": "Succeed"} """;

    private static string Catching(string catchers)
        => JsonPath(""" "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Catch": [""" + catchers + """], "End": true}, """ + Handler);

    [Fact]
    public void A_repeated_error_name_shadows_the_later_retrier_and_the_finding_sits_on_its_ErrorEquals()
    {
        var json = Task(""" "Retry": [{"ErrorEquals": ["MyError"], "MaxAttempts": 2}, {"ErrorEquals": [ "MyError" ], "MaxAttempts": 5}], """);
        var finding = FindingText.Single(json, "SF4009");

        Assert.Equal(AslSeverity.Warning, finding.Severity);
        Assert.Equal("""[ "MyError" ]""", FindingText.At(json, finding));
        Assert.Equal("$.States.A.Retry[1].ErrorEquals", finding.JsonPath);
        Assert.Contains("Retrier 1 of state 'A' never runs", finding.Message);
        Assert.Contains("matched first by retrier 0", finding.Message);
    }

    [Fact]
    public void States_TaskFailed_shadows_a_later_catcher_of_service_errors()
    {
        var json = Catching(""" {"ErrorEquals": ["States.TaskFailed"], "Next": "H"}, {"ErrorEquals": ["Lambda.ServiceException", "Lambda.SdkClientException"], "Next": "H"} """);
        var finding = FindingText.Single(json, "SF4009");

        Assert.Equal("$.States.A.Catch[1].ErrorEquals", finding.JsonPath);
        Assert.Contains("Catcher 1", finding.Message);
        Assert.Contains("catcher 0", finding.Message);
    }

    [Fact]
    public void Names_matched_by_different_earlier_handlers_are_all_named()
    {
        var json = Task(""" "Retry": [{"ErrorEquals": ["A"]}, {"ErrorEquals": ["B"]}, {"ErrorEquals": ["B", "A"]}], """);
        var finding = FindingText.Single(json, "SF4009");

        Assert.Contains("retriers 0 and 1", finding.Message);
    }

    [Theory]
    [InlineData("""{"ErrorEquals": ["A"]}, {"ErrorEquals": ["A", "B"]}""")]
    [InlineData("""{"ErrorEquals": ["States.TaskFailed"]}, {"ErrorEquals": ["States.Timeout"]}""")]
    [InlineData("""{"ErrorEquals": ["Lambda.ServiceException"]}, {"ErrorEquals": ["States.TaskFailed"]}""")]
    [InlineData("""{"ErrorEquals": ["A"]}, {"ErrorEquals": ["States.ALL"]}""")]
    public void Handlers_that_can_still_match_stay_silent(string retriers)
        => FindingText.None(Task(""" "Retry": [""" + retriers + """], """), "SF4009");

    [Fact]
    public void An_early_States_ALL_is_left_to_SF4002()
    {
        var json = Task(""" "Retry": [{"ErrorEquals": ["States.ALL"]}, {"ErrorEquals": ["A"]}], """);

        FindingText.None(json, "SF4009");
        Assert.Contains("SF4002", AslCheck.Ids(json));
    }
}
