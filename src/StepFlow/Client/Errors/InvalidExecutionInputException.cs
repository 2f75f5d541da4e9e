using System;

namespace StepFlow.Client;

/// <summary><c>InvalidExecutionInput</c>: the execution input is not valid JSON or too large.</summary>
public sealed class InvalidExecutionInputException : StepFunctionsException
{
    public InvalidExecutionInputException(string message, int? httpStatusCode = null, string? requestId = null, Exception? innerException = null)
        : base(StepFunctionsErrorCodes.InvalidExecutionInput, message, httpStatusCode, requestId, innerException)
    {
    }
}
