namespace StepFlow;

/// <summary>A Pass state: passes its input on, or a fixed <see cref="Result"/>, optionally reshaped.</summary>
public sealed class PassAttribute : StateAttribute
{
    /// <summary>The result (any JSON text).</summary>
    public string? Result { get; set; }

    /// <summary>JSONPath payload template (JSON object text).</summary>
    public string? Parameters { get; set; }

    /// <summary>JSONPath <c>ResultPath</c>, or null to discard the result.</summary>
    public string? ResultPath { get; set; }
}
