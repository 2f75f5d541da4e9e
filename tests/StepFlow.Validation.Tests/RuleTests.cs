using System.Linq;
using StepFlow.Asl.Validation;
using StepFlow.Validation.Tests.Support;
using Xunit;

namespace StepFlow.Validation.Tests;

/// <summary>Every rule fires on its broken definition and stays silent on the corrected one.</summary>
public sealed class RuleTests
{
    public static TheoryData<RuleCase> Cases()
    {
        var data = new TheoryData<RuleCase>();
        foreach (var ruleCase in RuleCases.All())
        {
            data.Add(ruleCase);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Invalid_definition_triggers_the_rule(RuleCase ruleCase)
    {
        var findings = AslCheck.Validate(ruleCase.Invalid, ruleCase.Express);
        Assert.True(findings.Any(f => f.Rule.Id == ruleCase.Id), ruleCase.Id + " not reported; got:\n" + AslCheck.Describe(findings));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Corrected_definition_is_clean(RuleCase ruleCase)
    {
        var findings = AslCheck.Validate(ruleCase.Valid, ruleCase.Express);
        Assert.True(findings.Count == 0, AslCheck.Describe(findings));
    }

    [Fact]
    public void Every_descriptor_has_a_case()
    {
        var covered = RuleCases.All().Select(c => c.Id).ToHashSet();
        var missing = AslValidator.Descriptors.Select(d => d.Id).Where(id => !covered.Contains(id)).ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void Descriptor_ids_are_unique_and_in_range()
    {
        var ids = AslValidator.Descriptors.Select(d => d.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^SF[2-7][0-9]{3}$", id));
    }
}
