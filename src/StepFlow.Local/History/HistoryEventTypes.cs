namespace StepFlow.Local.History;

/// <summary>History event type names exactly as AWS spells them (asl-reference §7.2).</summary>
public static class HistoryEventTypes
{
    public const string ExecutionStarted = "ExecutionStarted";
    public const string ExecutionSucceeded = "ExecutionSucceeded";
    public const string ExecutionFailed = "ExecutionFailed";
    public const string ExecutionAborted = "ExecutionAborted";
    public const string ExecutionTimedOut = "ExecutionTimedOut";
    public const string ExecutionRedriven = "ExecutionRedriven";
    public const string TaskScheduled = "TaskScheduled";
    public const string TaskStarted = "TaskStarted";
    public const string TaskSubmitted = "TaskSubmitted";
    public const string TaskSucceeded = "TaskSucceeded";
    public const string TaskFailed = "TaskFailed";
    public const string TaskTimedOut = "TaskTimedOut";
    public const string TaskStateAborted = "TaskStateAborted";
    public const string LambdaFunctionScheduled = "LambdaFunctionScheduled";
    public const string LambdaFunctionStarted = "LambdaFunctionStarted";
    public const string LambdaFunctionSucceeded = "LambdaFunctionSucceeded";
    public const string LambdaFunctionFailed = "LambdaFunctionFailed";
    public const string LambdaFunctionTimedOut = "LambdaFunctionTimedOut";
    public const string ActivityScheduled = "ActivityScheduled";
    public const string ActivityStarted = "ActivityStarted";
    public const string ActivitySucceeded = "ActivitySucceeded";
    public const string ActivityFailed = "ActivityFailed";
    public const string ActivityTimedOut = "ActivityTimedOut";
    public const string ParallelStateStarted = "ParallelStateStarted";
    public const string ParallelStateSucceeded = "ParallelStateSucceeded";
    public const string ParallelStateFailed = "ParallelStateFailed";
    public const string MapStateStarted = "MapStateStarted";
    public const string MapStateSucceeded = "MapStateSucceeded";
    public const string MapStateFailed = "MapStateFailed";
    public const string MapIterationStarted = "MapIterationStarted";
    public const string MapIterationSucceeded = "MapIterationSucceeded";
    public const string MapIterationFailed = "MapIterationFailed";
    public const string MapIterationAborted = "MapIterationAborted";
    public const string MapRunStarted = "MapRunStarted";
    public const string MapRunSucceeded = "MapRunSucceeded";
    public const string MapRunFailed = "MapRunFailed";
    public const string EvaluationFailed = "EvaluationFailed";

    /// <summary><c>PassStateEntered</c>, <c>TaskStateEntered</c>...</summary>
    public static string StateEntered(string stateType) => stateType + "StateEntered";

    /// <summary><c>PassStateExited</c>, <c>TaskStateExited</c>...</summary>
    public static string StateExited(string stateType) => stateType + "StateExited";
}
