using System;

namespace StepFlow.Client;

/// <summary>Thrown when the output of an execution that did not succeed is asked for.</summary>
public sealed class ExecutionFailedException : Exception
{
    public ExecutionFailedException(ExecutionDescription description)
        : base("Execution " + description.ExecutionArn + " ended " + ExecutionStatusNames.ToWire(description.Status)
            + (description.Error is null ? string.Empty : " with " + description.Error)
            + (description.Cause is null ? string.Empty : ": " + description.Cause))
    {
        Description = description;
    }

    public ExecutionDescription Description { get; }

    public string? Error => Description.Error;

    public string? Cause => Description.Cause;
}
