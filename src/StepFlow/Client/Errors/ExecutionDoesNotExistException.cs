using System;

namespace StepFlow.Client;

/// <summary><c>ExecutionDoesNotExist</c>: no execution has this ARN.</summary>
public sealed class ExecutionDoesNotExistException : StepFunctionsException
{
    public ExecutionDoesNotExistException(string message, int? httpStatusCode = null, string? requestId = null, Exception? innerException = null)
        : base(StepFunctionsErrorCodes.ExecutionDoesNotExist, message, httpStatusCode, requestId, innerException)
    {
    }
}
