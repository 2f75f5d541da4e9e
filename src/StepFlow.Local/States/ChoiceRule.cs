using System.Text.Json.Nodes;
using StepFlow.Local.DataFlow;

namespace StepFlow.Local.States;

/// <summary>A top-level Choice rule: its condition, target and optional Assign/Output.</summary>
internal sealed class ChoiceRule
{
    public required ChoiceCondition Condition { get; init; }

    public required string Next { get; init; }

    public AssignBlock? Assign { get; init; }

    /// <summary>JSONata only: the rule's own Output template.</summary>
    public JsonNode? Output { get; init; }

    public bool HasOutput { get; init; }
}
