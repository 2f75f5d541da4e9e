using StepFlow;

namespace StepFlow.Client.Tests.Workflows;

/// <summary>Waits an hour but may only take a minute: times out (on the virtual clock, at once).</summary>
[StateMachine(TimeoutSeconds = 60, Input = typeof(Order), Output = typeof(Order))]
public partial class SlowWorkflow
{
    [Wait(StartAt = true, Seconds = 3600, End = true)]
    partial void WaitAnHour();
}
