using System;

namespace StepFlow.Client;

/// <summary><c>ValidationException</c>: a request field breaks the API's constraints.</summary>
public sealed class ValidationException : StepFunctionsException
{
    public ValidationException(string message, int? httpStatusCode = null, string? requestId = null, Exception? innerException = null)
        : base(StepFunctionsErrorCodes.ValidationException, message, httpStatusCode, requestId, innerException)
    {
    }
}
