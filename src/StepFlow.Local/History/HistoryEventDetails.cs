using System.Collections.Generic;

namespace StepFlow.Local.History;

/// <summary>
/// The single details member of a history event. Only the fields AWS sends for the event's type are set; the rest stay
/// null. Property names match the AWS member names (camelCased on the wire).
/// </summary>
public sealed class HistoryEventDetails
{
    private LazyJsonText _input;
    private LazyJsonText _output;
    private LazyJsonText _parameters;

    public string? Name { get; init; }

    public string? Input => _input.Text;

    public string? Output => _output.Text;

    public string? Parameters => _parameters.Text;

    public string? Error { get; init; }

    public string? Cause { get; init; }

    public string? Resource { get; init; }

    public string? ResourceType { get; init; }

    public string? Region { get; init; }

    public long? TimeoutInSeconds { get; init; }

    public long? HeartbeatInSeconds { get; init; }

    public string? RoleArn { get; init; }

    public int? Length { get; init; }

    public int? Index { get; init; }

    public string? MapRunArn { get; init; }

    public string? WorkerName { get; init; }

    public string? Location { get; init; }

    public string? State { get; init; }

    /// <summary>Variable name → compact JSON text of the assigned value (StateExited only).</summary>
    public IReadOnlyDictionary<string, string>? AssignedVariables { get; init; }

    internal LazyJsonText InputPayload { init => _input = value; }

    internal LazyJsonText OutputPayload { init => _output = value; }

    internal LazyJsonText ParametersPayload { init => _parameters = value; }
}
