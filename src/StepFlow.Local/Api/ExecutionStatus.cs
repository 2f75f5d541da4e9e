namespace StepFlow.Local.Api;

/// <summary>Execution status values as the Step Functions API spells them.</summary>
public static class ExecutionStatus
{
    public const string Running = "RUNNING";
    public const string Succeeded = "SUCCEEDED";
    public const string Failed = "FAILED";
    public const string TimedOut = "TIMED_OUT";
    public const string Aborted = "ABORTED";

    internal static bool IsKnown(string status) => status is Running or Succeeded or Failed or TimedOut or Aborted;
}
