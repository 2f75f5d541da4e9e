using System;

namespace StepFlow;

/// <summary>
/// Marks a class whose state members process each item of a <see cref="MapAttribute"/> state; its settings become
/// the Map's <c>ItemProcessor.ProcessorConfig</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ItemProcessorAttribute : Attribute
{
    /// <summary>Inline (default) or Distributed. Written as <c>ProcessorConfig.Mode</c> only when set.</summary>
    public MapMode Mode { get; set; }

    /// <summary><c>ProcessorConfig.ExecutionType</c>; required in Distributed mode.</summary>
    public MapExecutionType ExecutionType { get; set; }

    /// <summary>The processor's <c>Comment</c>.</summary>
    public string? Comment { get; set; }

    /// <summary>The processor's <c>QueryLanguage</c>.</summary>
    public QueryLanguage QueryLanguage { get; set; }
}
