namespace StepFlow.Visualization.Layout;

/// <summary>What a laid-out edge stands for.</summary>
public enum EdgeKind
{
    /// <summary>From the start marker to <c>StartAt</c>.</summary>
    Start,
    /// <summary>A <c>Next</c> transition.</summary>
    Next,
    /// <summary>A Choice rule.</summary>
    Choice,
    /// <summary>A Choice <c>Default</c>.</summary>
    Default,
    /// <summary>A Catcher.</summary>
    Catch,
    /// <summary>From a terminal state to the end marker.</summary>
    End,
}
