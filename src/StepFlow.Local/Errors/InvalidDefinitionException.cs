using System;

namespace StepFlow.Local.Errors;

/// <summary>The definition cannot be loaded; <see cref="Location"/> is a JSON pointer such as <c>/States/A/Next</c>.</summary>
public sealed class InvalidDefinitionException : Exception
{
    public InvalidDefinitionException(string message, string location)
        : base("Invalid State Machine Definition: '" + message + " at " + (location.Length == 0 ? "/" : location) + "'")
    {
        Reason = message;
        Location = location.Length == 0 ? "/" : location;
    }

    public string Reason { get; }

    public string Location { get; }
}
