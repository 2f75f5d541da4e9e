using System.Linq;
using StepFlow.Asl.Validation;
using Xunit;

namespace StepFlow.Validation.Tests.Support;

/// <summary>Pins a finding to the exact JSON text it points at, so a test fails if the span drifts.</summary>
public static class FindingText
{
    /// <summary>The one finding of <paramref name="id"/> in <paramref name="json"/> (fails if there are none or several).</summary>
    public static AslFinding Single(string json, string id)
        => Assert.Single(AslCheck.Validate(json), f => f.Rule.Id == id);

    /// <summary>The source text under the finding's span.</summary>
    public static string At(string json, AslFinding finding)
    {
        Assert.NotNull(finding.Target);
        var span = finding.Target!.Span;
        Assert.True(span.IsKnown, finding.Rule.Id + " has no span");
        return json.Substring(span.Start, span.Length);
    }

    /// <summary>Asserts <paramref name="json"/> has no finding of <paramref name="id"/>.</summary>
    public static void None(string json, string id)
    {
        var findings = AslCheck.Validate(json).Where(f => f.Rule.Id == id).ToList();
        Assert.True(findings.Count == 0, AslCheck.Describe(findings));
    }
}
