using System;

namespace StepFlow.Client;

/// <summary><c>StateMachineDoesNotExist</c>: no state machine has this ARN.</summary>
public sealed class StateMachineDoesNotExistException : StepFunctionsException
{
    public StateMachineDoesNotExistException(string message, int? httpStatusCode = null, string? requestId = null, Exception? innerException = null)
        : base(StepFunctionsErrorCodes.StateMachineDoesNotExist, message, httpStatusCode, requestId, innerException)
    {
    }
}
