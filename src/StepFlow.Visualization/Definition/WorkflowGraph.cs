using System.Collections.Generic;

namespace StepFlow.Visualization.Definition;

/// <summary>A state machine as a graph: the top level, a Parallel branch or a Map item processor.</summary>
public sealed class WorkflowGraph
{
    internal WorkflowGraph(NestedGraphRole role, string path, int startAt, IReadOnlyList<StateNode> states, IReadOnlyList<Transition> transitions)
    {
        Role = role;
        Path = path;
        StartAt = startAt;
        States = states;
        Transitions = transitions;
    }

    /// <summary>Where this graph sits in its enclosing state.</summary>
    public NestedGraphRole Role { get; }

    /// <summary>JSON path of the state machine object in the definition.</summary>
    public string Path { get; }

    /// <summary>Index in <see cref="States"/> of the <c>StartAt</c> state.</summary>
    public int StartAt { get; }

    /// <summary>The states in definition order.</summary>
    public IReadOnlyList<StateNode> States { get; }

    /// <summary>The edges between states, in definition order (per state: Next, Choices, Default, Catch).</summary>
    public IReadOnlyList<Transition> Transitions { get; }

    /// <summary>The Parallel or Map state holding this graph; <c>null</c> for the top level.</summary>
    internal StateNode? Parent { get; set; }

    /// <summary>Finds a state by name in this graph only (not in nested graphs).</summary>
    /// <returns>The state's index, or -1.</returns>
    public int IndexOf(string name)
    {
        for (int i = 0; i < States.Count; i++)
        {
            if (States[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
