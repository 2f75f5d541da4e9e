namespace StepFlow;

/// <summary>A Wait state: set exactly one of the four ways to say how long.</summary>
public sealed class WaitAttribute : StateAttribute
{
    /// <summary>Seconds to wait (int) or, in JSONata, a <c>{% %}</c> expression.</summary>
    public object? Seconds { get; set; }

    /// <summary>Reference path to the seconds in the input.</summary>
    public string? SecondsPath { get; set; }

    /// <summary>RFC 3339 time to wait until, or a <c>{% %}</c> expression.</summary>
    public string? Timestamp { get; set; }

    /// <summary>Reference path to the timestamp in the input.</summary>
    public string? TimestampPath { get; set; }
}
