using System;

namespace StepFlow.Client;

/// <summary><c>ExecutionAlreadyExists</c>: an execution with this name exists (with a different input, or already closed).</summary>
public sealed class ExecutionAlreadyExistsException : StepFunctionsException
{
    public ExecutionAlreadyExistsException(string message, int? httpStatusCode = null, string? requestId = null, Exception? innerException = null)
        : base(StepFunctionsErrorCodes.ExecutionAlreadyExists, message, httpStatusCode, requestId, innerException)
    {
    }
}
