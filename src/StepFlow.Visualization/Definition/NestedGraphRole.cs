namespace StepFlow.Visualization.Definition;

/// <summary>Where a nested state machine sits in its enclosing state.</summary>
public enum NestedGraphRole
{
    /// <summary>The top-level state machine.</summary>
    Root,
    /// <summary>One of a Parallel state's <c>Branches</c>.</summary>
    Branch,
    /// <summary>A Map state's <c>ItemProcessor</c>.</summary>
    ItemProcessor,
    /// <summary>A Map state's legacy <c>Iterator</c>.</summary>
    Iterator,
}
