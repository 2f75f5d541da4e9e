namespace StepFlow.Cli;

/// <summary>Process exit codes shared by all commands.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked (for <c>run</c>: the execution SUCCEEDED).</summary>
    public const int Success = 0;

    /// <summary>The command ran but the outcome is negative (for <c>run</c>: FAILED, TIMED_OUT or ABORTED).</summary>
    public const int Failure = 1;

    /// <summary>Unusable input: bad arguments, unreadable or invalid files.</summary>
    public const int UnusableInput = 2;
}
