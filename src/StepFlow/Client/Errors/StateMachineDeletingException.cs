using System;

namespace StepFlow.Client;

/// <summary><c>StateMachineDeleting</c>: the state machine is being deleted.</summary>
public sealed class StateMachineDeletingException : StepFunctionsException
{
    public StateMachineDeletingException(string message, int? httpStatusCode = null, string? requestId = null, Exception? innerException = null)
        : base(StepFunctionsErrorCodes.StateMachineDeleting, message, httpStatusCode, requestId, innerException)
    {
    }
}
