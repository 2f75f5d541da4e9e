using System;

namespace StepFlow.Client;

/// <summary><c>ExecutionNotRedrivable</c>: the execution cannot be redriven (still running, succeeded, or too old).</summary>
public sealed class ExecutionNotRedrivableException : StepFunctionsException
{
    public ExecutionNotRedrivableException(string message, int? httpStatusCode = null, string? requestId = null, Exception? innerException = null)
        : base(StepFunctionsErrorCodes.ExecutionNotRedrivable, message, httpStatusCode, requestId, innerException)
    {
    }
}
