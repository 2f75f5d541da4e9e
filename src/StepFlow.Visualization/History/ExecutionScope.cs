using System.Collections.Generic;
using System.Globalization;
using StepFlow.Visualization.Definition;

namespace StepFlow.Visualization.History;

/// <summary>
/// Where a run happens: the top level, the branches of one Parallel run, or one iteration of one Map run.
/// Scopes nest like the definition does, so an event can be traced up to the state that owns it.
/// </summary>
internal sealed class ExecutionScope
{
    private ExecutionScope(IReadOnlyList<WorkflowGraph> graphs, StateRun? owner, long? iteration, ExecutionScope? parent)
    {
        Graphs = graphs;
        Owner = owner;
        Iteration = iteration;
        Parent = parent;
    }

    public IReadOnlyList<WorkflowGraph> Graphs { get; }

    /// <summary>The Parallel or Map run this scope belongs to; <c>null</c> at the top level.</summary>
    public StateRun? Owner { get; }

    /// <summary>The item index for a Map iteration.</summary>
    public long? Iteration { get; }

    public ExecutionScope? Parent { get; }

    public static ExecutionScope TopLevel(WorkflowGraph root) => new([root], null, null, null);

    public static ExecutionScope Inside(StateRun owner, long? iteration) => new(owner.State.Children, owner, iteration, owner.Scope);

    /// <summary>Finds the graph among this scope's graphs that holds a state of that name.</summary>
    public (WorkflowGraph Graph, int Index)? Find(string name)
    {
        foreach (WorkflowGraph graph in Graphs)
        {
            int index = graph.IndexOf(name);
            if (index >= 0)
            {
                return (graph, index);
            }
        }

        return null;
    }

    /// <summary>Readable path of owners down to <paramref name="graph"/>, e.g. <c>Fan out › branch 2 › Process › item 17</c>.</summary>
    public string Describe(WorkflowGraph graph)
    {
        if (Owner is null)
        {
            return string.Empty;
        }

        string here = Owner.State.Name;
        if (graph.Role == NestedGraphRole.Branch)
        {
            int branch = 0;
            while (branch < Owner.State.Children.Count && Owner.State.Children[branch] != graph)
            {
                branch++;
            }

            here += " \u203a branch " + (branch + 1).ToString(CultureInfo.InvariantCulture);
        }

        if (Iteration is long index)
        {
            here += " \u203a item " + index.ToString(CultureInfo.InvariantCulture);
        }

        string outer = Owner.Scope.Describe(Owner.State.Owner);
        return outer.Length == 0 ? here : outer + " \u203a " + here;
    }
}
