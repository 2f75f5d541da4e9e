using System;

namespace StepFlow.Client;

/// <summary><c>InvalidToken</c>: a task token or paging token is malformed.</summary>
public sealed class InvalidTokenException : StepFunctionsException
{
    public InvalidTokenException(string message, int? httpStatusCode = null, string? requestId = null, Exception? innerException = null)
        : base(StepFunctionsErrorCodes.InvalidToken, message, httpStatusCode, requestId, innerException)
    {
    }
}
