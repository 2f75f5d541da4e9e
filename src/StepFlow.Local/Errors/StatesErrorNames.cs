namespace StepFlow.Local.Errors;

/// <summary>The predefined error names of asl-reference §5.1.</summary>
public static class StatesErrorNames
{
    public const string All = "States.ALL";
    public const string DataLimitExceeded = "States.DataLimitExceeded";
    public const string ExceedToleratedFailureThreshold = "States.ExceedToleratedFailureThreshold";
    public const string HeartbeatTimeout = "States.HeartbeatTimeout";
    public const string IntrinsicFailure = "States.IntrinsicFailure";
    public const string ItemReaderFailed = "States.ItemReaderFailed";
    public const string NoChoiceMatched = "States.NoChoiceMatched";
    public const string QueryEvaluationError = "States.QueryEvaluationError";
    public const string ResultPathMatchFailure = "States.ResultPathMatchFailure";
    public const string ResultWriterFailed = "States.ResultWriterFailed";
    public const string Runtime = "States.Runtime";
    public const string TaskFailed = "States.TaskFailed";
    public const string Timeout = "States.Timeout";

    /// <summary>Engine-specific: a JSONata state ran with no <see cref="Jsonata.IJsonataEvaluator"/> registered.</summary>
    public const string JsonataNotSupported = "StepFlow.JsonataNotSupported";

    /// <summary>Engine-specific: the configured maximum number of state transitions was exceeded.</summary>
    public const string MaxTransitionsExceeded = "StepFlow.MaxTransitionsExceeded";
}
