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
        foreach (var scope in context.Graph.Scopes())
        {
            if (scope.States.Count == 0 || scope.StartAt is not { } startAt || scope.Find(startAt) is not { } start)
            {
                continue;
            }

            var reached = Walk(scope, start);
            foreach (var state in scope.States)
            {
                if (!reached.Contains(state))
                {
                    context.Report(Unreachable, state.Body, state.Path, state.Name, startAt);
                }
            }

            var terminals = scope.States.FindAll(IsTerminal);
            if (terminals.Count == 0)
            {
                context.Report(NoTerminal, scope.Body, scope.Path, Describe(scope));
                continue;
            }

            ReportLoops(context, scope, reached, terminals);
        }
    }

    public static bool IsTerminal(StateNode state)
        => state.IsEnd || state.Type == "Succeed" || state.Type == "Fail";

    public static string Describe(StateScope scope)
        => scope.Owner is null ? "The state machine" : "A " + (scope.Kind == ScopeKind.Branch ? "branch" : "item processor") + " of '" + scope.Owner.Name + "'";

    private static void ReportLoops(AslValidationContext context, StateScope scope, HashSet<StateNode> reached, List<StateNode> terminals)
    {
        // Walk the edges backwards from the terminals: whatever that misses cannot end.
        var incoming = new Dictionary<StateNode, List<StateNode>>();
        foreach (var state in scope.States)
        {
            foreach (var edge in state.Edges)
            {
                if (scope.Find(edge.Target) is { } target)
                {
                    if (!incoming.TryGetValue(target, out var sources))
                    {
                        incoming[target] = sources = new List<StateNode>();
                    }

                    sources.Add(state);
                }
            }
        }

        var canEnd = new HashSet<StateNode>(terminals);
        var pending = new Stack<StateNode>(terminals);
        while (pending.Count > 0)
        {
            if (incoming.TryGetValue(pending.Pop(), out var sources))
            {
                foreach (var source in sources)
                {
                    if (canEnd.Add(source))
                    {
                        pending.Push(source);
                    }
                }
            }
        }

        var stuck = scope.States.FindAll(s => reached.Contains(s) && !canEnd.Contains(s) && !IsOpenEnded(s));
        if (stuck.Count > 0)
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

    private static HashSet<StateNode> Walk(StateScope scope, StateNode start)
    {
        var reached = new HashSet<StateNode> { start };
        var pending = new Stack<StateNode>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            foreach (var edge in pending.Pop().Edges)
            {
                if (scope.Find(edge.Target) is { } target && reached.Add(target))
                {
                    pending.Push(target);
                }
            }
        }

        return reached;
    }
}
