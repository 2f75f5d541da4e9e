using System;

namespace StepFlow.Local.Errors;

/// <summary>A Step Functions error raised while a state runs. Control flow for Retry/Catch; never escapes the engine.</summary>
public sealed class StatesErrorException : Exception
{
    public StatesErrorException(string? error, string? cause, bool catchable = true)
        : base((error ?? "(no error)") + ": " + (cause ?? "(no cause)"))
    {
        Error = error;
        Cause = cause;
        IsCatchable = catchable && error != StatesErrorNames.Runtime;
    }

    /// <summary>The error name (null when a callback failed without one).</summary>
    public string? Error { get; }

    /// <summary>The cause text.</summary>
    public string? Cause { get; }

    /// <summary>False for States.Runtime and engine errors: no Retry or Catch applies.</summary>
    public bool IsCatchable { get; }

    /// <summary>True once the cause names the state it happened in.</summary>
    public bool HasStatePrefix { get; private init; }

    /// <summary>The same error with AWS's "An error occurred while executing the state …" prefix on the cause.</summary>
    public StatesErrorException WithStatePrefix(string stateName, long enteredEventId) =>
        new(Error, "An error occurred while executing the state '" + stateName + "' (entered at the event id #" + enteredEventId + "). " + Cause, IsCatchable)
        {
            HasStatePrefix = true,
        };

    /// <summary>An uncatchable States.Runtime error.</summary>
    public static StatesErrorException Runtime(string cause) => new(StatesErrorNames.Runtime, cause, catchable: false);
}
