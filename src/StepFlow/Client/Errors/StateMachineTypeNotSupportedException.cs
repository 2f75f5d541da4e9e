using System;

namespace StepFlow.Client;

/// <summary><c>StateMachineTypeNotSupported</c>: the operation needs the other workflow type (e.g. StartSyncExecution on Standard).</summary>
public sealed class StateMachineTypeNotSupportedException : StepFunctionsException
{
    public StateMachineTypeNotSupportedException(string message, int? httpStatusCode = null, string? requestId = null, Exception? innerException = null)
        : base(StepFunctionsErrorCodes.StateMachineTypeNotSupported, message, httpStatusCode, requestId, innerException)
    {
    }
}
