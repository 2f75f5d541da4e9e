namespace StepFlow.Visualization.Definition;

/// <summary>One edge of a workflow graph, between two states of the same <see cref="WorkflowGraph"/>.</summary>
/// <param name="From">Index of the source state in <see cref="WorkflowGraph.States"/>.</param>
/// <param name="To">Index of the target state in <see cref="WorkflowGraph.States"/>.</param>
/// <param name="Kind">What in the definition declares the edge.</param>
/// <param name="Label">Short text drawn on the edge (a Choice rule, caught error names), or <c>null</c>.</param>
/// <param name="Detail">The full text behind a shortened label, shown as a tooltip, or <c>null</c>.</param>
public sealed record Transition(int From, int To, TransitionKind Kind, string? Label, string? Detail);
