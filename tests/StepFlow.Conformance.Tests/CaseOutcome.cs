namespace StepFlow.Conformance.Tests;

/// <summary>The result of one case.</summary>
internal sealed record CaseOutcome(ConformanceCase Case, bool Passed, string? Reason)
{
    /// <summary>JSONata cases that fail are expected failures until a JSONata evaluator exists.</summary>
    public bool ExpectedFailure => !Passed && Case.UsesJsonata;

    public string Group => (Case.NeedsServices ? "cases_services/" : "cases/") + Case.Category;
}
