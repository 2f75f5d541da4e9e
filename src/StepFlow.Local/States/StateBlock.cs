using System.Collections.Generic;

namespace StepFlow.Local.States;

/// <summary>A compiled <c>{StartAt, States}</c> object: the machine, a Parallel branch or a Map processor.</summary>
internal sealed class StateBlock
{
    public StateBlock(string startAt, IReadOnlyDictionary<string, State> states)
    {
        StartAt = startAt;
        States = states;
    }

    public string StartAt { get; }

    public IReadOnlyDictionary<string, State> States { get; }
}
