namespace StepFlow.Local.Execution;

/// <summary>What a <see cref="Scope"/> runs.</summary>
internal enum ScopeKind
{
    /// <summary>The state machine itself.</summary>
    Execution,

    /// <summary>A Parallel branch.</summary>
    Branch,

    /// <summary>A Map iteration.</summary>
    Iteration,
}
