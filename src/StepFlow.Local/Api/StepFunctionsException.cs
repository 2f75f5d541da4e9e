using System;

namespace StepFlow.Local.Api;

/// <summary>An API-level error with the Step Functions error code (e.g. <c>ExecutionDoesNotExist</c>,
/// <c>InvalidDefinition</c>, <c>InvalidExecutionInput</c>, <c>TaskDoesNotExist</c>).</summary>
public sealed class StepFunctionsException : Exception
{
    public StepFunctionsException(string errorCode, string message)
        : base(message)
    {
        ErrorCode = errorCode;
    }

    public string ErrorCode { get; }
}
