namespace StepFlow.Visualization.Layout;

/// <summary>What a laid-out node stands for.</summary>
public enum NodeKind
{
    /// <summary>A state of the workflow.</summary>
    State,
    /// <summary>The start marker above a state machine's <c>StartAt</c> state.</summary>
    Start,
    /// <summary>The end marker below a state machine's terminal states.</summary>
    End,
}
