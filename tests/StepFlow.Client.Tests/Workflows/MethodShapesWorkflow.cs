using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using StepFlow;

namespace StepFlow.Client.Tests.Workflows;

public sealed record Tally(int Value, string Trail);

/// <summary>
/// One Task state per C# method shape the local dispatch supports: synchronous, Task, ValueTask (completed and
/// pending), void and result-less tasks, static and instance, with a cancellation token. Each appends to the trail.
/// </summary>
[StateMachine]
public partial class MethodShapesWorkflow
{
    public ConcurrentQueue<string> SideEffects { get; } = new();

    [Task(StartAt = true, Next = nameof(AddAsync))]
    public Tally AddSync(Tally input) => new(input.Value + 1, input.Trail + "sync;");

    [Task(Next = nameof(AddCompletedValueTask))]
    public async Task<Tally> AddAsync(Tally input, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return new Tally(input.Value + 10, input.Trail + "task;");
    }

    [Task(Next = nameof(RecordVoid))]
    public ValueTask<Tally> AddCompletedValueTask(Tally input) => new(new Tally(input.Value + 100, input.Trail + "valuetask;"));

    [Task(ResultPath = null, Next = nameof(RecordTask))]
    public void RecordVoid(Tally input) => SideEffects.Enqueue("void " + input.Value);

    [Task(ResultPath = null, Next = nameof(RecordValueTask))]
    public async Task RecordTask(Tally input)
    {
        await Task.Yield();
        SideEffects.Enqueue("task " + input.Value);
    }

    [Task(ResultPath = null, Next = nameof(AddPendingValueTask))]
    public static async ValueTask RecordValueTask(Tally input) => await Task.Yield();

    [Task(End = true)]
    public static async ValueTask<Tally> AddPendingValueTask(Tally input)
    {
        await Task.Yield();
        return new Tally(input.Value + 1000, input.Trail + "pending valuetask;");
    }
}
