using StepFlow.Local.States;

namespace StepFlow.Local.Definition;

/// <summary>A loaded, compiled state machine: paths and templates parsed once, reused by every execution.</summary>
internal sealed class StateMachineDefinition
{
    public StateMachineDefinition(StateBlock root, long? timeoutSeconds, bool usesJsonata)
    {
        Root = root;
        TimeoutSeconds = timeoutSeconds;
        UsesJsonata = usesJsonata;
    }

    public StateBlock Root { get; }

    /// <summary>The machine's TimeoutSeconds (execution → TIMED_OUT when exceeded).</summary>
    public long? TimeoutSeconds { get; }

    /// <summary>True when any state uses JSONata.</summary>
    public bool UsesJsonata { get; }
}
