using System;

namespace StepFlow.Local.Errors;

/// <summary>Thrown by a task handler to fail the task with an exact error name and cause.</summary>
public sealed class TaskFailedException : Exception
{
    public TaskFailedException(string error, string? cause = null)
        : base(error + (cause is null ? string.Empty : ": " + cause))
    {
        Error = error;
        Cause = cause;
    }

    public string Error { get; }

    public string? Cause { get; }
}
