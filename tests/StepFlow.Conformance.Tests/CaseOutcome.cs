namespace StepFlow.Conformance.Tests;

/// <summary>The result of one case.</summary>
internal sealed record CaseOutcome(ConformanceCase Case, bool Passed, string? Reason)
{
    /// <summary>JSONata cases that fail are expected failures until a JSONata evaluator exists.</summary>
    public bool ExpectedFailure => !Passed && Case.UsesJsonata;

    /// <summary>Failures caused by data the recording lacks (S3 objects, task results of child executions).</summary>
    public bool MissingRecordedData => !Passed && !Case.UsesJsonata &&
        (Case.NeedsUnrecordedS3Data || Case.HasNoRecordedTaskResults || (Reason ?? string.Empty).Contains("Conformance.NoRecordedResult", System.StringComparison.Ordinal));

    public string Group => (Case.NeedsServices ? "cases_services/" : "cases/") + Case.Category;
}
