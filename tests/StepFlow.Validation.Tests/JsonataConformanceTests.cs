using System.Linq;
using StepFlow.Asl.Validation;
using StepFlow.Validation.Tests.Support;
using Xunit;

namespace StepFlow.Validation.Tests;

/// <summary>
/// Zero false positives on JSONata: the conformance definitions that use JSONata were all accepted by AWS, so the
/// JSONata rules report no error on any of them (warnings, such as a call of a function that does not exist, may
/// fire: AWS only fails those when they run).
/// </summary>
public sealed class JsonataConformanceTests
{
    private static readonly string[] JsonataRuleIds = new IAslRule[] { new Asl.Validation.Rules.JsonataExpressionRule(), new Asl.Validation.Rules.JsonataVariableRule() }
        .SelectMany(rule => rule.Descriptors)
        .Select(descriptor => descriptor.Id)
        .ToArray();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in ConformanceDefinitions.Jsonata())
        {
            data.Add(folder);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Accepted_jsonata_definitions_have_no_jsonata_errors(string caseFolder)
    {
        var errors = AslValidator.Validate(ConformanceDefinitions.Read(caseFolder))
            .Where(f => f.Severity == AslSeverity.Error && JsonataRuleIds.Contains(f.Rule.Id))
            .ToList();
        Assert.True(errors.Count == 0, AslCheck.Describe(errors));
    }

    [Fact]
    public void The_jsonata_cases_are_present()
    {
        var count = ConformanceDefinitions.Jsonata().Count;
        Assert.True(count >= 100, "expected the 115 JSONata conformance definitions, found " + count);
    }
}
