using System;
using System.Threading;
using System.Threading.Tasks;

namespace StepFlow.Client;

/// <summary>
/// Completes the tasks of one <c>.waitForTaskToken</c> state: the token comes from the message the state sent;
/// the output must be the type the state declared.
/// </summary>
public sealed class TaskCallback<TOutput>
{
    private readonly IStepFunctionsTransport _transport;
    private readonly PayloadSerializer<TOutput> _output;

    public TaskCallback(IStepFunctionsTransport transport, string stateName, PayloadSerializer<TOutput> output)
    {
        _transport = transport ?? throw new ArgumentNullException(nameof(transport));
        StateName = stateName ?? throw new ArgumentNullException(nameof(stateName));
        _output = output ?? throw new ArgumentNullException(nameof(output));
    }

    /// <summary>The state whose tasks this completes.</summary>
    public string StateName { get; }

    /// <summary>SendTaskSuccess: the state's task result is <paramref name="output"/>.</summary>
    public Task SendTaskSuccessAsync(string taskToken, TOutput output, CancellationToken cancellationToken = default)
    {
        var json = Payloads.Serialize(_output, output, "The output of state '" + StateName + "'");
        return _transport.SendTaskSuccessAsync(RequireToken(taskToken), json, cancellationToken);
    }

    /// <summary>SendTaskFailure: the state fails with <paramref name="error"/>, which its Retry and Catch see.</summary>
    public Task SendTaskFailureAsync(string taskToken, string? error = null, string? cause = null, CancellationToken cancellationToken = default)
        => _transport.SendTaskFailureAsync(RequireToken(taskToken), error, cause, cancellationToken);

    /// <summary>SendTaskHeartbeat: resets the state's HeartbeatSeconds timer.</summary>
    public Task SendTaskHeartbeatAsync(string taskToken, CancellationToken cancellationToken = default)
        => _transport.SendTaskHeartbeatAsync(RequireToken(taskToken), cancellationToken);

    private static string RequireToken(string taskToken)
        => string.IsNullOrEmpty(taskToken) ? throw new ArgumentException("A task token is required", nameof(taskToken)) : taskToken;

    public override string ToString() => StateName;
}
