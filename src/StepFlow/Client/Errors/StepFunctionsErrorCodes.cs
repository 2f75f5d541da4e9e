using System;

namespace StepFlow.Client;

/// <summary>The AWS error codes StepFlow maps to exception types, and the mapping itself.</summary>
public static class StepFunctionsErrorCodes
{
    public const string ExecutionAlreadyExists = "ExecutionAlreadyExists";
    public const string ExecutionDoesNotExist = "ExecutionDoesNotExist";
    public const string ExecutionLimitExceeded = "ExecutionLimitExceeded";
    public const string ExecutionNotRedrivable = "ExecutionNotRedrivable";
    public const string InvalidArn = "InvalidArn";
    public const string InvalidExecutionInput = "InvalidExecutionInput";
    public const string InvalidName = "InvalidName";
    public const string InvalidOutput = "InvalidOutput";
    public const string InvalidToken = "InvalidToken";
    public const string StateMachineDoesNotExist = "StateMachineDoesNotExist";
    public const string StateMachineDeleting = "StateMachineDeleting";
    public const string StateMachineTypeNotSupported = "StateMachineTypeNotSupported";
    public const string TaskDoesNotExist = "TaskDoesNotExist";
    public const string TaskTimedOut = "TaskTimedOut";
    public const string ValidationException = "ValidationException";
    public const string ThrottlingException = "ThrottlingException";

    /// <summary>Creates the exception for <paramref name="errorCode"/>: its own type when known, the base type otherwise.</summary>
    public static StepFunctionsException ToException(string errorCode, string message, int? httpStatusCode = null, string? requestId = null, Exception? innerException = null)
    {
        if (errorCode is null)
        {
            throw new ArgumentNullException(nameof(errorCode));
        }

        return errorCode switch
        {
            ExecutionAlreadyExists => new ExecutionAlreadyExistsException(message, httpStatusCode, requestId, innerException),
            ExecutionDoesNotExist => new ExecutionDoesNotExistException(message, httpStatusCode, requestId, innerException),
            ExecutionLimitExceeded => new ExecutionLimitExceededException(message, httpStatusCode, requestId, innerException),
            ExecutionNotRedrivable => new ExecutionNotRedrivableException(message, httpStatusCode, requestId, innerException),
            InvalidArn => new InvalidArnException(message, httpStatusCode, requestId, innerException),
            InvalidExecutionInput => new InvalidExecutionInputException(message, httpStatusCode, requestId, innerException),
            InvalidName => new InvalidNameException(message, httpStatusCode, requestId, innerException),
            InvalidOutput => new InvalidOutputException(message, httpStatusCode, requestId, innerException),
            InvalidToken => new InvalidTokenException(message, httpStatusCode, requestId, innerException),
            StateMachineDoesNotExist => new StateMachineDoesNotExistException(message, httpStatusCode, requestId, innerException),
            StateMachineDeleting => new StateMachineDeletingException(message, httpStatusCode, requestId, innerException),
            StateMachineTypeNotSupported => new StateMachineTypeNotSupportedException(message, httpStatusCode, requestId, innerException),
            TaskDoesNotExist => new TaskDoesNotExistException(message, httpStatusCode, requestId, innerException),
            TaskTimedOut => new TaskTimedOutException(message, httpStatusCode, requestId, innerException),
            ValidationException => new ValidationException(message, httpStatusCode, requestId, innerException),
            _ when IsThrottling(errorCode) => new ThrottlingException(errorCode, message, httpStatusCode, requestId, innerException),
            _ => new StepFunctionsException(errorCode, message, httpStatusCode, requestId, innerException),
        };
    }

    /// <summary>The codes AWS uses for request-rate limits across services.</summary>
    public static bool IsThrottling(string errorCode) => errorCode is ThrottlingException or "Throttling" or "TooManyRequestsException" or "RequestLimitExceeded" or "ProvisionedThroughputExceededException";
}
