using System;

namespace StepFlow;

/// <summary>
/// What every state attribute shares. Only the properties you set are written to the ASL, so an explicit
/// <c>InputPath = null</c> (discard the input) differs from leaving InputPath out.
/// </summary>
/// <remarks>
/// JSON-valued properties (<see cref="Assign"/>, <see cref="Output"/>, and on derived attributes Parameters,
/// ResultSelector, ...) take JSON text, checked at build time: <c>Assign = """{"total.$": "$.sum"}"""</c>.
/// A string that is not JSON, such as <c>"{% $states.input.x %}"</c>, is written as a JSON string.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public abstract class StateAttribute : Attribute
{
    /// <summary>The state's name in the ASL; defaults to the member name. Use it for names with spaces.</summary>
    public string? Name { get; set; }

    /// <summary>Marks the state the machine (or branch, or item processor) starts at.</summary>
    public bool StartAt { get; set; }

    /// <summary>The next state: <c>nameof(Member)</c> or a state name.</summary>
    public string? Next { get; set; }

    /// <summary>Ends the machine (or branch, or iteration) after this state.</summary>
    public bool End { get; set; }

    /// <summary>The state's <c>Comment</c>.</summary>
    public string? Comment { get; set; }

    /// <summary>The state's <c>QueryLanguage</c>, overriding the machine's.</summary>
    public QueryLanguage QueryLanguage { get; set; }

    /// <summary>JSONPath <c>InputPath</c>: the part of the input the state works on, or null for <c>{}</c>.</summary>
    public string? InputPath { get; set; }

    /// <summary>JSONPath <c>OutputPath</c>: the part of the result passed on, or null for <c>{}</c>.</summary>
    public string? OutputPath { get; set; }

    /// <summary>JSONata <c>Output</c>: JSON text or a <c>{% %}</c> expression.</summary>
    public string? Output { get; set; }

    /// <summary>Variables to set (<c>Assign</c>), as a JSON object.</summary>
    public string? Assign { get; set; }
}
