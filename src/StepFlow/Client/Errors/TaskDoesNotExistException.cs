using System;

namespace StepFlow.Client;

/// <summary><c>TaskDoesNotExist</c>: the task token names no waiting task (completed already, or never issued).</summary>
public sealed class TaskDoesNotExistException : StepFunctionsException
{
    public TaskDoesNotExistException(string message, int? httpStatusCode = null, string? requestId = null, Exception? innerException = null)
        : base(StepFunctionsErrorCodes.TaskDoesNotExist, message, httpStatusCode, requestId, innerException)
    {
    }
}
