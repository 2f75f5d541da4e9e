namespace StepFlow.Jsonata.Tests.Conformance;

/// <summary>What happened when one suite case ran.</summary>
internal sealed record CaseOutcome(SuiteCase Case, bool Passed, string Expected, string Actual);
