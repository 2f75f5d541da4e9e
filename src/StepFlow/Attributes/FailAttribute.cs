namespace StepFlow;

/// <summary>A Fail state: ends the execution with an error name and cause.</summary>
public sealed class FailAttribute : StateAttribute
{
    /// <summary>The error name (or a <c>{% %}</c> expression).</summary>
    public string? Error { get; set; }

    /// <summary>A reference path or intrinsic function giving the error name.</summary>
    public string? ErrorPath { get; set; }

    /// <summary>The cause text (or a <c>{% %}</c> expression).</summary>
    public string? Cause { get; set; }

    /// <summary>A reference path or intrinsic function giving the cause.</summary>
    public string? CausePath { get; set; }
}
