using System.Collections.Generic;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation;

/// <summary>
/// Which variables each scope sees. Each States object is a scope that sees what its own states assign and what
/// its enclosing scopes assign (not in flow order: a read before the assignment is a run-time matter, not a
/// definition fault); sibling branches and inner scopes keep theirs.
/// </summary>
public sealed class VariableVisibility
{
    private readonly Dictionary<StateScope, HashSet<string>> _assigned = new();
    private readonly Dictionary<string, StateScope> _firstOwner = new();
    private readonly Dictionary<StateScope, HashSet<string>> _visible = new();
    private static readonly HashSet<string> Empty = new();

    private VariableVisibility(AslValidationContext context)
    {
        foreach (var scope in context.Graph.Scopes())
        {
            var names = new HashSet<string>();
            foreach (var state in scope.States)
            {
                foreach (var assignment in context.AssignmentsOf(state))
                {
                    names.Add(assignment.Name);
                    if (!_firstOwner.ContainsKey(assignment.Name))
                    {
                        _firstOwner[assignment.Name] = scope;
                    }
                }
            }

            _assigned[scope] = names;
        }
    }

    public static VariableVisibility Of(AslValidationContext context) => new(context);

    /// <summary>What the scopes around <paramref name="scope"/> assign (shared: do not change it).</summary>
    public HashSet<string> Outer(StateScope scope) => scope.Owner is null ? Empty : Visible(scope.Owner.Scope);

    /// <summary>What states of <paramref name="scope"/> can read: its own assignments and its enclosing scopes' (shared: do not change it).</summary>
    public HashSet<string> Visible(StateScope scope)
    {
        if (!_visible.TryGetValue(scope, out var names))
        {
            var outer = Outer(scope);
            names = outer.Count == 0 ? _assigned[scope] : new HashSet<string>(outer);
            names.UnionWith(_assigned[scope]);
            _visible.Add(scope, names);
        }

        return names;
    }

    /// <summary>The first scope that assigns <paramref name="name"/>, when any does.</summary>
    public bool TryGetOwner(string name, out StateScope owner) => _firstOwner.TryGetValue(name, out owner!);

    /// <summary>"the top level" or "a scope of 'State'", for messages.</summary>
    public static string Describe(StateScope scope) => scope.Owner is null ? "the top level" : "a scope of '" + scope.Owner.Name + "'";
}
