namespace StepFlow.Visualization.Definition;

/// <summary>Why the workflow may move from one state to another.</summary>
public enum TransitionKind
{
    /// <summary>A state's <c>Next</c>.</summary>
    Next,
    /// <summary>A Choice rule's <c>Next</c>; the transition carries the rule as its label.</summary>
    Choice,
    /// <summary>A Choice state's <c>Default</c>.</summary>
    Default,
    /// <summary>A Catcher's <c>Next</c>; the transition carries the caught error names as its label.</summary>
    Catch,
}
