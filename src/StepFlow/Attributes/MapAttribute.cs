using System;

namespace StepFlow;

/// <summary>
/// A Map state: runs the <see cref="ItemProcessor"/> class (marked <see cref="ItemProcessorAttribute"/>, which
/// also says Inline or Distributed) for each item. JSON-valued properties take JSON text.
/// </summary>
public sealed class MapAttribute : StateAttribute
{
    /// <summary>The item processor class.</summary>
    public Type? ItemProcessor { get; set; }

    /// <summary>The legacy <c>Iterator</c> form; only to reproduce an existing definition. Prefer <see cref="ItemProcessor"/>.</summary>
    public Type? Iterator { get; set; }

    /// <summary>JSONPath reference path to the items array.</summary>
    public string? ItemsPath { get; set; }

    /// <summary>JSONata <c>Items</c>: a JSON array or a <c>{% %}</c> expression.</summary>
    public string? Items { get; set; }

    /// <summary>Reshapes each item (JSON object text; <c>$$.Map.Item.Value</c> is the item).</summary>
    public string? ItemSelector { get; set; }

    /// <summary>The legacy per-item <c>Parameters</c>; only to reproduce an existing definition.</summary>
    public string? Parameters { get; set; }

    /// <summary>Distributed only: where items come from (JSON object text).</summary>
    public string? ItemReader { get; set; }

    /// <summary>Distributed only: how items are batched (JSON object text).</summary>
    public string? ItemBatcher { get; set; }

    /// <summary>Distributed only: where results go (JSON object text).</summary>
    public string? ResultWriter { get; set; }

    /// <summary>Concurrent iterations (int, 0 = no limit) or a <c>{% %}</c> expression.</summary>
    public object? MaxConcurrency { get; set; }

    /// <summary>Reference path to MaxConcurrency.</summary>
    public string? MaxConcurrencyPath { get; set; }

    /// <summary>Failed items tolerated, in percent (number) or a <c>{% %}</c> expression.</summary>
    public object? ToleratedFailurePercentage { get; set; }

    /// <summary>Reference path to ToleratedFailurePercentage.</summary>
    public string? ToleratedFailurePercentagePath { get; set; }

    /// <summary>Failed items tolerated, as a count (int) or a <c>{% %}</c> expression.</summary>
    public object? ToleratedFailureCount { get; set; }

    /// <summary>Reference path to ToleratedFailureCount.</summary>
    public string? ToleratedFailureCountPath { get; set; }

    /// <summary>Distributed only: the Map Run's label.</summary>
    public string? Label { get; set; }

    /// <summary>JSONPath <c>ResultSelector</c>.</summary>
    public string? ResultSelector { get; set; }

    /// <summary>JSONPath <c>ResultPath</c>, or null to discard the result.</summary>
    public string? ResultPath { get; set; }
}
