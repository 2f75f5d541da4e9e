using System;

namespace StepFlow.Client;

/// <summary><c>InvalidOutput</c>: the SendTaskSuccess output is not valid JSON or too large.</summary>
public sealed class InvalidOutputException : StepFunctionsException
{
    public InvalidOutputException(string message, int? httpStatusCode = null, string? requestId = null, Exception? innerException = null)
        : base(StepFunctionsErrorCodes.InvalidOutput, message, httpStatusCode, requestId, innerException)
    {
    }
}
