using System;
using StepFlow;

namespace StepFlow.Client.Tests.Workflows;

/// <summary>Its task always fails; the catcher sends it to a Fail state with the workflow's own error name.</summary>
[StateMachine]
public partial class CaughtWorkflow
{
    [Task(StartAt = true, End = true)]
    [Catch("States.ALL", Next = nameof(Rejected), ResultPath = "$.error")]
    public static Reservation Reserve(Order order) => throw new InvalidOperationException("Order " + order.Id + " is out of stock");

    [Fail(Error = "Orders.Rejected", Cause = "The order could not be reserved")]
    partial void Rejected();
}
