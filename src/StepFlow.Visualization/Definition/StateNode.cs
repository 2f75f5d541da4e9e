using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace StepFlow.Visualization.Definition;

/// <summary>One state of a workflow graph.</summary>
public sealed class StateNode
{
    internal StateNode(string name, StateType type, string typeName, string path, string queryLanguage, JsonObject definition)
    {
        Name = name;
        Type = type;
        TypeName = typeName;
        Path = path;
        QueryLanguage = queryLanguage;
        Definition = definition;
    }

    /// <summary>The state's name (its key in <c>States</c>).</summary>
    public string Name { get; }

    /// <summary>The state's type.</summary>
    public StateType Type { get; }

    /// <summary>The <c>Type</c> text as written, kept for types this library does not know.</summary>
    public string TypeName { get; }

    /// <summary>JSON path of the state in the definition, e.g. <c>$.States['Fan out'].Branches[0].States.Work</c>.</summary>
    public string Path { get; }

    /// <summary>The state's effective query language, <c>JSONPath</c> or <c>JSONata</c>.</summary>
    public string QueryLanguage { get; }

    /// <summary>True when the state ends its state machine (<c>End: true</c>, Succeed or Fail).</summary>
    public bool IsTerminal { get; internal set; }

    /// <summary>Parallel branches or the Map item processor, in definition order; empty for other states.</summary>
    public IReadOnlyList<WorkflowGraph> Children { get; internal set; } = [];

    /// <summary>Map processing mode, <c>INLINE</c> or <c>DISTRIBUTED</c>; <c>null</c> for other states.</summary>
    public string? MapMode { get; internal set; }

    /// <summary>The state's own fields as written, without nested state machines (a private copy).</summary>
    internal JsonObject Definition { get; }

    /// <summary>Position of the state in <see cref="WorkflowDefinition.AllStates"/>; names the state in rendered output.</summary>
    internal int Id { get; set; }

    /// <summary>The graph the state belongs to.</summary>
    internal WorkflowGraph Owner { get; set; } = null!;
}
