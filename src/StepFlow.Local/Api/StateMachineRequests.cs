using System;

namespace StepFlow.Local.Api;

/// <summary>CreateStateMachine input.</summary>
public sealed record CreateStateMachineRequest
{
    public required string Name { get; init; }

    public required string Definition { get; init; }

    public string? RoleArn { get; init; }

    /// <summary><c>STANDARD</c> (default) or <c>EXPRESS</c>.</summary>
    public string Type { get; init; } = "STANDARD";
}

/// <summary>CreateStateMachine output.</summary>
public sealed record CreateStateMachineResponse(string StateMachineArn, DateTimeOffset CreationDate);
