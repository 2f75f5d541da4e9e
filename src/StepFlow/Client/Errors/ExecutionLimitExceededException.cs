using System;

namespace StepFlow.Client;

/// <summary><c>ExecutionLimitExceeded</c>: the account's open-execution quota is reached.</summary>
public sealed class ExecutionLimitExceededException : StepFunctionsException
{
    public ExecutionLimitExceededException(string message, int? httpStatusCode = null, string? requestId = null, Exception? innerException = null)
        : base(StepFunctionsErrorCodes.ExecutionLimitExceeded, message, httpStatusCode, requestId, innerException)
    {
    }
}
