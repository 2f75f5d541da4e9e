namespace StepFlow.Conformance.Tests;

/// <summary>The result of one case.</summary>
/// <param name="MissingTaskResults">A task asked for a result neither the recording nor a fixture holds.</param>
internal sealed record CaseOutcome(ConformanceCase Case, bool Passed, string? Reason, bool MissingTaskResults = false)
{
    /// <summary>Failures caused by data neither the recording nor a fixture holds (S3 objects, task results of
    /// child executions).</summary>
    public bool MissingRecordedData => !Passed && (Case.NeedsUnrecordedS3Data || MissingTaskResults);

    public string Group => (Case.NeedsServices ? "cases_services/" : "cases/") + Case.Category;
}
