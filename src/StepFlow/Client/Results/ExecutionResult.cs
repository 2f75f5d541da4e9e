using System;

namespace StepFlow.Client;

/// <summary>
/// How an execution ended: <see cref="ExecutionStatus.Succeeded"/> with a typed <see cref="Output"/>, or failed,
/// timed out or aborted with <see cref="Error"/> and <see cref="Cause"/>. Compare <see cref="Error"/> with the
/// generated client's <c>Errors</c> constants.
/// </summary>
public sealed class ExecutionResult<TOutput>
{
    private readonly TOutput _output;

    internal ExecutionResult(ExecutionDescription description, TOutput output)
    {
        Description = description;
        _output = output;
    }

    /// <summary>Everything DescribeExecution said, payloads as JSON text.</summary>
    public ExecutionDescription Description { get; }

    public string ExecutionArn => Description.ExecutionArn;

    public ExecutionStatus Status => Description.Status;

    public bool Succeeded => Description.Status == ExecutionStatus.Succeeded;

    /// <summary>The typed output of a succeeded execution; throws <see cref="ExecutionFailedException"/> otherwise.</summary>
    public TOutput Output => Succeeded ? _output : throw new ExecutionFailedException(Description);

    /// <summary>The error name of a failed, timed-out or aborted execution (e.g. <c>States.Timeout</c>).</summary>
    public string? Error => Description.Error;

    public string? Cause => Description.Cause;

    public DateTimeOffset StartDate => Description.StartDate;

    public DateTimeOffset? StopDate => Description.StopDate;

    public override string ToString() => Description.ToString() + (Error is null ? string.Empty : " " + Error);
}
