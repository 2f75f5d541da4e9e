using System;

namespace StepFlow.Client;

/// <summary>StartExecution / StartSyncExecution input.</summary>
public sealed class StartExecutionRequest
{
    public StartExecutionRequest(string stateMachineArn, string input)
    {
        StateMachineArn = stateMachineArn ?? throw new ArgumentNullException(nameof(stateMachineArn));
        Input = input ?? throw new ArgumentNullException(nameof(input));
    }

    /// <summary>The state machine (or version or alias) to run.</summary>
    public string StateMachineArn { get; }

    /// <summary>The execution input, JSON text.</summary>
    public string Input { get; }

    /// <summary>The execution name (1–80 characters); null lets the service pick a UUID.</summary>
    public string? Name { get; set; }

    /// <summary>An AWS X-Ray trace header passed through to the execution.</summary>
    public string? TraceHeader { get; set; }
}
