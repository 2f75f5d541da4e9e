using System.Collections.Generic;
using System.Runtime.CompilerServices;
using StepFlow.Asl.Json;

namespace StepFlow.Asl.Model;

/// <summary>
/// The states of a definition as a graph of scopes: the machine, and inside its Parallel and Map states the
/// branches and item processors, each a scope of its own (transitions never cross scopes). Built from the JSON
/// tree, so it serves generated and hand-written definitions alike; malformed parts are skipped, not thrown on.
/// </summary>
public sealed class StateGraph
{
    private readonly List<StateScope> _scopes = new();
    private readonly List<StateNode> _states = new();

    private StateGraph(StateScope root)
    {
        Root = root;

        // Flattened once: every rule walks all scopes or all states, and the rule engine runs on every keystroke.
        var stack = new Stack<StateScope>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var scope = stack.Pop();
            _scopes.Add(scope);
            foreach (var state in scope.States)
            {
                state.Ordinal = _states.Count;
                _states.Add(state);
            }

            for (var i = scope.States.Count - 1; i >= 0; i--)
            {
                var children = scope.States[i].Children;
                for (var j = children.Count - 1; j >= 0; j--)
                {
                    stack.Push(children[j]);
                }
            }
        }
    }

    public StateScope Root { get; }

    /// <summary>Builds the graph of <paramref name="definition"/> anew.</summary>
    public static StateGraph From(AslObject definition) => new(StateScope.Read(definition, "$", owner: null, kind: ScopeKind.Machine));

    /// <summary>
    /// The graph of <paramref name="definition"/>, built once per definition object: the generator's validation,
    /// diagram, dispatch and client writers all read the same definition, and each used to build its own graph (six
    /// per workflow). Definitions and graphs are immutable once built; the table holds neither alive.
    /// </summary>
    public static StateGraph Of(AslObject definition) => Built.GetValue(definition, Build);

    private static readonly ConditionalWeakTable<AslObject, StateGraph> Built = new();

    private static readonly ConditionalWeakTable<AslObject, StateGraph>.CreateValueCallback Build = From;

    /// <summary>Every scope, depth first, the machine first.</summary>
    public IReadOnlyList<StateScope> Scopes() => _scopes;

    /// <summary>Every state of every scope, in the order of <see cref="Scopes"/>.</summary>
    public IReadOnlyList<StateNode> AllStates() => _states;
}

/// <summary>What kind of state container a scope is.</summary>
public enum ScopeKind
{
    Machine,
    Branch,
    ItemProcessor,
}

/// <summary>One <c>States</c> object with its <c>StartAt</c>.</summary>
public sealed class StateScope
{
    private readonly Dictionary<string, StateNode> _byName;

    private StateScope(AslObject body, string path, StateNode? owner, ScopeKind kind, int capacity)
    {
        // Sized up front: the graph is built on every validation, and regrowing the index showed in profiles.
        _byName = new Dictionary<string, StateNode>(capacity, System.StringComparer.Ordinal);
        Body = body;
        Path = path;
        Owner = owner;
        Kind = kind;
    }

    public AslObject Body { get; }

    /// <summary>JSONPath of the object holding StartAt and States.</summary>
    public string Path { get; }

    public StateNode? Owner { get; }

    public ScopeKind Kind { get; }

    public string? StartAt => Body.GetString("StartAt");

    public List<StateNode> States { get; } = new();

    /// <summary>The first state named <paramref name="name"/> (duplicates are a finding of their own).</summary>
    public StateNode? Find(string name) => _byName.TryGetValue(name, out var state) ? state : null;

    internal static StateScope Read(AslObject body, string path, StateNode? owner, ScopeKind kind)
    {
        var states = body.GetObject("States");
        var scope = new StateScope(body, path, owner, kind, states?.Properties.Count ?? 0);
        if (states is not null)
        {
            scope.States.Capacity = states.Properties.Count;
            var statesPath = path + ".States";
            foreach (var property in states.Properties)
            {
                if (property.Value is AslObject state)
                {
                    var node = StateNode.Read(scope, property, Placeholders.Append(statesPath, property.Name), state);
                    scope.States.Add(node);
                    if (!scope._byName.ContainsKey(node.Name))
                    {
                        scope._byName.Add(node.Name, node);
                    }
                }
            }
        }

        return scope;
    }
}

/// <summary>One state: its name, type, JSON body, outgoing transitions and nested scopes.</summary>
public sealed class StateNode
{
    private StateNode(StateScope scope, AslProperty declaration, string path, AslObject body)
    {
        Scope = scope;
        Declaration = declaration;
        Path = path;
        Body = body;
        Type = body.GetString("Type") ?? string.Empty;
        IsEnd = body["End"] is AslBoolean { Value: true };
    }

    public StateScope Scope { get; }

    /// <summary>Position in <see cref="StateGraph.AllStates"/>, so per-state facts can live in arrays.</summary>
    public int Ordinal { get; internal set; }

    public AslProperty Declaration { get; }

    public string Name => Declaration.Name;

    public string Path { get; }

    public AslObject Body { get; }

    public string Type { get; }

    public bool IsEnd { get; }

    public List<StateEdge> Edges { get; } = new();

    public List<StateScope> Children { get; } = new();

    private static readonly string[] ProcessorFields = { "ItemProcessor", "Iterator" };

    internal static StateNode Read(StateScope scope, AslProperty declaration, string path, AslObject body)
    {
        var node = new StateNode(scope, declaration, path, body);
        node.ReadEdges();
        node.ReadChildren();
        return node;
    }

    private void ReadEdges()
    {
        AddEdge(Body["Next"], EdgeKind.Next, label: null);
        if (Body.GetArray("Choices") is { } choices)
        {
            for (var i = 0; i < choices.Items.Count; i++)
            {
                if (choices.Items[i] is AslObject rule)
                {
                    AddEdge(rule["Next"], EdgeKind.Choice, ChoiceLabel.Describe(rule, i));
                }
            }
        }

        AddEdge(Body["Default"], EdgeKind.Default, "Default");
        if (Body.GetArray("Catch") is { } catchers)
        {
            foreach (var item in catchers.Items)
            {
                if (item is AslObject catcher)
                {
                    AddEdge(catcher["Next"], EdgeKind.Catch, ErrorList(catcher));
                }
            }
        }
    }

    private void AddEdge(AslValue? target, EdgeKind kind, string? label)
    {
        if (target is AslString name)
        {
            Edges.Add(new StateEdge(name.Value, kind, label, name));
        }
    }

    private void ReadChildren()
    {
        if (Body.GetArray("Branches") is { } branches)
        {
            for (var i = 0; i < branches.Items.Count; i++)
            {
                if (branches.Items[i] is AslObject branch)
                {
                    Children.Add(StateScope.Read(branch, Path + ".Branches[" + i + "]", this, ScopeKind.Branch));
                }
            }
        }

        foreach (var field in ProcessorFields)
        {
            if (Body.GetObject(field) is { } processor)
            {
                Children.Add(StateScope.Read(processor, Path + "." + field, this, ScopeKind.ItemProcessor));
            }
        }
    }

    private static string ErrorList(AslObject catcher)
    {
        var names = new List<string>();
        if (catcher.GetArray("ErrorEquals") is { } errors)
        {
            foreach (var error in errors.Items)
            {
                if (error is AslString s)
                {
                    names.Add(s.Value);
                }
            }
        }

        return string.Join(", ", names);
    }
}

/// <summary>How a transition arises.</summary>
public enum EdgeKind
{
    Next,
    Choice,
    Default,
    Catch,
}

/// <summary>A transition to a state named <see cref="Target"/>; <see cref="Source"/> is the JSON string naming it.</summary>
public readonly record struct StateEdge(string Target, EdgeKind Kind, string? Label, AslString Source);
