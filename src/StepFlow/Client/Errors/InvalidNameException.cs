using System;

namespace StepFlow.Client;

/// <summary><c>InvalidName</c>: the execution name is too long or has forbidden characters.</summary>
public sealed class InvalidNameException : StepFunctionsException
{
    public InvalidNameException(string message, int? httpStatusCode = null, string? requestId = null, Exception? innerException = null)
        : base(StepFunctionsErrorCodes.InvalidName, message, httpStatusCode, requestId, innerException)
    {
    }
}
