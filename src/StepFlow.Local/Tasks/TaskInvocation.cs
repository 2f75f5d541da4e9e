using System.Text.Json.Nodes;
using System.Threading;

namespace StepFlow.Local.Tasks;

/// <summary>What a task handler is asked to do.</summary>
public sealed class TaskInvocation
{
    private readonly System.Action<JsonNode?> _reportSubmitted;
    private readonly System.Action _heartbeat;

    internal TaskInvocation(string executionArn, string stateName, TaskResource resource, JsonNode? input, int retryCount, string? taskToken, CancellationToken cancellation, System.Action<JsonNode?> reportSubmitted, System.Action heartbeat)
    {
        _reportSubmitted = reportSubmitted;
        _heartbeat = heartbeat;
        ExecutionArn = executionArn;
        StateName = stateName;
        Resource = resource;
        Input = input;
        RetryCount = retryCount;
        TaskToken = taskToken;
        CancellationToken = cancellation;
    }

    public string ExecutionArn { get; }

    public string StateName { get; }

    public TaskResource Resource { get; }

    /// <summary>The task input (after InputPath/Parameters or Arguments). Do not modify it.</summary>
    public JsonNode? Input { get; }

    /// <summary>0 on the first attempt, +1 per retry.</summary>
    public int RetryCount { get; }

    /// <summary>For <c>.waitForTaskToken</c> resources: the token to pass to SendTaskSuccess/Failure.</summary>
    public string? TaskToken { get; }

    /// <summary>Signalled when the task times out or the execution stops.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>For <c>.sync</c> resources: records the start call's response (TaskSubmitted) before the job's
    /// final result is returned. If a handler never calls it, TaskSubmitted carries an empty object.</summary>
    public void ReportSubmitted(JsonNode? response) => _reportSubmitted(response);

    /// <summary>Tells the engine the handler is still working (SendTaskHeartbeat for an in-process handler): with
    /// <c>HeartbeatSeconds</c> set, a handler that stays silent longer than that fails the task with States.Timeout
    /// (as AWS reports heartbeat expiry; <c>States.HeartbeatTimeout</c> in Retry/Catch matches it too) and sees
    /// <see cref="CancellationToken"/> cancelled.</summary>
    public void SendHeartbeat() => _heartbeat();
}
