using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Local.Errors;

namespace StepFlow.Local.Tasks;

/// <summary>A <c>.waitForTaskToken</c> task waiting for SendTaskSuccess/Failure; heartbeats renew its signal.</summary>
internal sealed class PendingCallback
{
    private TaskCompletionSource _heartbeat = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource<JsonNode?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes on the next heartbeat.</summary>
    public Task NextHeartbeat => Volatile.Read(ref _heartbeat).Task;

    public void Heartbeat()
    {
        var previous = Interlocked.Exchange(ref _heartbeat, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        previous.TrySetResult();
    }

    public bool Succeed(JsonNode? output) => Completion.TrySetResult(output);

    public bool Fail(string? error, string? cause) => Completion.TrySetException(new StatesErrorException(error, cause));
}
