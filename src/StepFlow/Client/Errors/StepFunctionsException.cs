using System;

namespace StepFlow.Client;

/// <summary>
/// A Step Functions service error: <see cref="ErrorCode"/> is the AWS error code (e.g. <c>ExecutionDoesNotExist</c>).
/// The well-known codes have their own subtypes so callers can catch them by type.
/// </summary>
public class StepFunctionsException : Exception
{
    public StepFunctionsException(string errorCode, string message, int? httpStatusCode = null, string? requestId = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        HttpStatusCode = httpStatusCode;
        RequestId = requestId;
    }

    /// <summary>The AWS error code without namespace, e.g. <c>InvalidArn</c>.</summary>
    public string ErrorCode { get; }

    /// <summary>The HTTP status of the response, when it came over HTTP.</summary>
    public int? HttpStatusCode { get; }

    /// <summary>The <c>x-amzn-RequestId</c> of the response, for AWS support.</summary>
    public string? RequestId { get; }

    /// <summary>True for throttling and server-side errors: trying again later may succeed.</summary>
    public virtual bool IsTransient => HttpStatusCode >= 500;
}
