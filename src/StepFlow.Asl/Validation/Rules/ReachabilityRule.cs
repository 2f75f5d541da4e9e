using System.Collections.Generic;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// Real reachability, not "named somewhere": walks each scope's graph from StartAt. States it never reaches are
/// dead code; a scope without any terminal state cannot end (MISSING_END_STATE); and reachable states from which no
/// terminal is reachable are a loop with no exit.
/// </summary>
public sealed class ReachabilityRule : IAslRule
{
    public static readonly AslRuleDescriptor Unreachable = new(
        "SF2005",
        "State is unreachable",
        "State '{0}' cannot be reached from StartAt '{1}': point a Next, Default or Catch at it, or remove it",
        AslSeverity.Error,
        "StepFlow.Graph");

    public static readonly AslRuleDescriptor NoTerminal = new(
        "SF2006",
        "Scope has no terminal state",
        "{0} has no terminal state: set End = true on its last state, or add a Succeed or Fail state",
        AslSeverity.Error,
        "StepFlow.Graph");

    public static readonly AslRuleDescriptor NoExit = new(
        "SF2007",
        "Loop with no exit",
        "State '{0}' can never reach a terminal state ({1} only lead back into the loop): add a Choice rule, Catch or Next that leaves it",
        AslSeverity.Error,
        "StepFlow.Graph");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { Unreachable, NoTerminal, NoExit };

    public void Check(AslValidationContext context)
    {
        // Marks indexed by each state's ordinal in the graph, shared by all scopes: every state belongs to one scope and
        // each scope is walked once, so no scope sees another's marks. Hash sets and per-state lists here were a
        // visible part of validating every workflow per keystroke.
        var marks = new ScopeMarks(context.AllStates().Count);
        foreach (var scope in context.Graph.Scopes())
        {
            if (scope.States.Count == 0 || scope.StartAt is not { } startAt || scope.Find(startAt) is not { } start)
            {
                continue;
            }

            Walk(scope, start, marks);
            var hasTerminal = false;
            foreach (var state in scope.States)
            {
                if (!marks.Reached[state.Ordinal])
                {
                    context.Report(Unreachable, state.Body, state.Path, state.Name, startAt);
                }

                hasTerminal |= IsTerminal(state);
            }

            if (!hasTerminal)
            {
                context.Report(NoTerminal, scope.Body, scope.Path, Describe(scope));
                continue;
            }

            ReportLoops(context, scope, marks);
        }
    }

    public static bool IsTerminal(StateNode state)
        => state.IsEnd || state.Type == "Succeed" || state.Type == "Fail";

    public static string Describe(StateScope scope)
        => scope.Owner is null ? "The state machine" : "A " + (scope.Kind == ScopeKind.Branch ? "branch" : "item processor") + " of '" + scope.Owner.Name + "'";

    private static void ReportLoops(AslValidationContext context, StateScope scope, ScopeMarks marks)
    {
        // Walk the edges backwards from the terminals: whatever that misses cannot end. The reversed edges are laid
        // out flat, grouped by target (counted, then placed), instead of a list per state.
        var incoming = marks.Incoming;
        var edgeCount = 0;
        foreach (var state in scope.States)
        {
            foreach (var edge in state.Edges)
            {
                if (scope.Find(edge.Target) is { } target)
                {
                    incoming[target.Ordinal]++;
                    edgeCount++;
                }
            }
        }

        var first = marks.First;
        var next = 0;
        foreach (var state in scope.States)
        {
            first[state.Ordinal] = next;
            next += incoming[state.Ordinal];
            incoming[state.Ordinal] = first[state.Ordinal];
        }

        var sources = new StateNode[edgeCount];
        foreach (var state in scope.States)
        {
            foreach (var edge in state.Edges)
            {
                if (scope.Find(edge.Target) is { } target)
                {
                    sources[incoming[target.Ordinal]++] = state;
                }
            }
        }

        // incoming[t] now ends where t's sources end.
        var pending = marks.Pending;
        foreach (var state in scope.States)
        {
            if (IsTerminal(state))
            {
                marks.CanEnd[state.Ordinal] = true;
                pending.Push(state);
            }
        }

        while (pending.Count > 0)
        {
            var target = pending.Pop();
            for (var i = first[target.Ordinal]; i < incoming[target.Ordinal]; i++)
            {
                if (!marks.CanEnd[sources[i].Ordinal])
                {
                    marks.CanEnd[sources[i].Ordinal] = true;
                    pending.Push(sources[i]);
                }
            }
        }

        List<StateNode>? stuck = null;
        foreach (var state in scope.States)
        {
            if (marks.Reached[state.Ordinal] && !marks.CanEnd[state.Ordinal] && !IsOpenEnded(state))
            {
                (stuck ??= new List<StateNode>()).Add(state);
            }
        }

        if (stuck is not null)
        {
            var names = new List<string>();
            foreach (var state in stuck)
            {
                names.Add("'" + state.Name + "'");
            }

            context.Report(NoExit, stuck[0].Body, stuck[0].Path, stuck[0].Name, string.Join(", ", names));
        }
    }

    /// <summary>A state with no usable transition is another rule's finding (missing Next or unknown target), not a loop.</summary>
    private static bool IsOpenEnded(StateNode state)
    {
        if (state.Type is "Choice" or "Succeed" or "Fail")
        {
            return false;
        }

        foreach (var edge in state.Edges)
        {
            if (edge.Kind == EdgeKind.Next && state.Scope.Find(edge.Target) is not null)
            {
                return false;
            }
        }

        return true;
    }

    private static void Walk(StateScope scope, StateNode start, ScopeMarks marks)
    {
        var pending = marks.Pending;
        marks.Reached[start.Ordinal] = true;
        pending.Push(start);
        while (pending.Count > 0)
        {
            foreach (var edge in pending.Pop().Edges)
            {
                if (scope.Find(edge.Target) is { } target && !marks.Reached[target.Ordinal])
                {
                    marks.Reached[target.Ordinal] = true;
                    pending.Push(target);
                }
            }
        }
    }

    /// <summary>Per-state marks of one validation, indexed by ordinal.</summary>
    private sealed class ScopeMarks
    {
        public ScopeMarks(int stateCount)
        {
            Reached = new bool[stateCount];
            CanEnd = new bool[stateCount];
            Incoming = new int[stateCount];
            First = new int[stateCount];
        }

        public bool[] Reached { get; }

        public bool[] CanEnd { get; }

        public int[] Incoming { get; }

        public int[] First { get; }

        public Stack<StateNode> Pending { get; } = new();
    }
}
