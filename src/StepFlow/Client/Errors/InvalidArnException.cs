using System;

namespace StepFlow.Client;

/// <summary><c>InvalidArn</c>: the ARN is malformed or names the wrong kind of resource.</summary>
public sealed class InvalidArnException : StepFunctionsException
{
    public InvalidArnException(string message, int? httpStatusCode = null, string? requestId = null, Exception? innerException = null)
        : base(StepFunctionsErrorCodes.InvalidArn, message, httpStatusCode, requestId, innerException)
    {
    }
}
