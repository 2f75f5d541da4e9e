using System;

namespace StepFlow.Client;

/// <summary><c>TaskTimedOut</c>: the task behind the token timed out before this call.</summary>
public sealed class TaskTimedOutException : StepFunctionsException
{
    public TaskTimedOutException(string message, int? httpStatusCode = null, string? requestId = null, Exception? innerException = null)
        : base(StepFunctionsErrorCodes.TaskTimedOut, message, httpStatusCode, requestId, innerException)
    {
    }
}
