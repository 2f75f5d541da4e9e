using System.Collections.Generic;

namespace StepFlow.Asl.Validation;

/// <summary>The predefined <c>States.*</c> error names (ASL reference §5.1).</summary>
public static class ErrorNames
{
    public const string All = "States.ALL";
    public const string Runtime = "States.Runtime";

    public static readonly IReadOnlyList<string> Predefined = new[]
    {
        All, "States.BranchFailed", "States.DataLimitExceeded", "States.ExceedToleratedFailureThreshold", "States.HeartbeatTimeout",
        "States.Http.Socket", "States.IntrinsicFailure", "States.ItemReaderFailed", "States.NoChoiceMatched", "States.ParameterPathFailure",
        "States.Permissions", "States.QueryEvaluationError", "States.ResultPathMatchFailure", "States.ResultWriterFailed", Runtime,
        "States.TaskFailed", "States.Timeout",
    };
}
