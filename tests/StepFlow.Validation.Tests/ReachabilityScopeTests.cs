using System.Linq;
using StepFlow.Asl.Validation.Rules;
using StepFlow.Validation.Tests.Support;
using Xunit;

namespace StepFlow.Validation.Tests;

/// <summary>
/// The reachability rule keeps its marks per state across all scopes of one validation; each scope must see only its
/// own: a loop inside one branch is reported there, and nothing leaks into the machine or the other branch.
/// </summary>
public sealed class ReachabilityScopeTests
{
    private const string Definition = """
        {
          "StartAt": "Start",
          "States": {
            "Start": {"Type": "Pass", "Next": "Fan"},
            "Fan": {
              "Type": "Parallel",
              "Branches": [
                {"StartAt": "Ok", "States": {"Ok": {"Type": "Pass", "Next": "Done"}, "Done": {"Type": "Succeed"}}},
                {"StartAt": "Spin", "States": {
                  "Spin": {"Type": "Pass", "Next": "Again"},
                  "Again": {"Type": "Pass", "Next": "Spin"},
                  "Way out": {"Type": "Succeed"}}}
              ],
              "Next": "Tail"
            },
            "Tail": {"Type": "Pass", "Next": "Back"},
            "Back": {"Type": "Choice", "Choices": [{"Variable": "$.again", "BooleanEquals": true, "Next": "Start"}], "Default": "End"},
            "End": {"Type": "Succeed"}
          }
        }
        """;

    [Fact]
    public void A_loop_in_one_branch_is_reported_in_that_branch_only()
    {
        var findings = AslCheck.Validate(Definition);

        var loops = findings.Where(f => f.Rule == ReachabilityRule.NoExit).ToList();
        var loop = Assert.Single(loops);
        Assert.Equal("$.States.Fan.Branches[1].States.Spin", loop.JsonPath);
        Assert.Contains("'Spin', 'Again'", loop.Message, System.StringComparison.Ordinal);

        // The branch's Succeed is never reached from its StartAt: unreachable there, and nowhere else.
        var unreachable = Assert.Single(findings, f => f.Rule == ReachabilityRule.Unreachable);
        Assert.Equal("$.States.Fan.Branches[1].States['Way out']", unreachable.JsonPath);
    }
}
