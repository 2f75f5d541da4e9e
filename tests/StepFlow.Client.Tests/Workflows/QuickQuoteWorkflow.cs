using StepFlow;

namespace StepFlow.Client.Tests.Workflows;

public sealed record Quote(string OrderId, decimal Price);

/// <summary>An Express workflow: its client can run executions synchronously.</summary>
[StateMachine(Type = WorkflowType.Express)]
public partial class QuickQuoteWorkflow
{
    [Task(StartAt = true, End = true)]
    public static Quote Price(Order order) => new(order.Id, order.Quantity * 2.5m);
}
