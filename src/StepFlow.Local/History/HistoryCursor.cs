namespace StepFlow.Local.History;

/// <summary>The last event of one causal thread (the execution, a branch, an iteration): the next event's
/// previousEventId.</summary>
internal sealed class HistoryCursor
{
    public HistoryCursor(long last) => Last = last;

    public long Last { get; set; }
}
