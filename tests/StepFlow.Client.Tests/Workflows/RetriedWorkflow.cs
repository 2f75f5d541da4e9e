using System;
using System.Threading;
using StepFlow;

namespace StepFlow.Client.Tests.Workflows;

public sealed record Order(string Id, int Quantity);

public sealed record Reservation(string OrderId, int Attempts);

/// <summary>Fails on its first attempt and succeeds on the retry.</summary>
[StateMachine]
public partial class RetriedWorkflow
{
    private int _attempts;

    public int Attempts => _attempts;

    [Task(StartAt = true, End = true)]
    [Retry("States.TaskFailed", IntervalSeconds = 5, MaxAttempts = 2, BackoffRate = 1)]
    public Reservation Reserve(Order order)
    {
        var attempt = Interlocked.Increment(ref _attempts);
        if (attempt == 1)
        {
            throw new TimeoutException("inventory service did not answer");
        }

        return new Reservation(order.Id, attempt);
    }
}
