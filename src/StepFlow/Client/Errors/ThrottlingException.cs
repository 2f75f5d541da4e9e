using System;

namespace StepFlow.Client;

/// <summary><c>ThrottlingException</c> (and the other rate codes): too many requests; retried with backoff before surfacing.</summary>
public sealed class ThrottlingException : StepFunctionsException
{
    public ThrottlingException(string errorCode, string message, int? httpStatusCode = null, string? requestId = null, Exception? innerException = null)
        : base(errorCode, message, httpStatusCode, requestId, innerException)
    {
    }

    public override bool IsTransient => true;
}
