using System.Collections.Generic;

namespace StepFlow.Visualization.Definition;

/// <summary>A state machine definition read for drawing: its graph and every state in it.</summary>
public sealed class WorkflowDefinition
{
    internal WorkflowDefinition(WorkflowGraph root, IReadOnlyList<StateNode> allStates, IReadOnlyList<string> warnings, string? comment)
    {
        Root = root;
        AllStates = allStates;
        Warnings = warnings;
        Comment = comment;
    }

    /// <summary>The top-level state machine.</summary>
    public WorkflowGraph Root { get; }

    /// <summary>Every state, nested ones included, in pre-order (a Parallel or Map before its children).</summary>
    public IReadOnlyList<StateNode> AllStates { get; }

    /// <summary>Things in the definition that were ignored because they cannot be drawn, each with its JSON path.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The definition's top-level <c>Comment</c>.</summary>
    public string? Comment { get; }

    /// <summary>Reads an ASL definition.</summary>
    /// <exception cref="VisualizationInputException">The text is not JSON or not a state machine that can be drawn.</exception>
    public static WorkflowDefinition Parse(string aslJson) => DefinitionReader.Read(aslJson);
}
