using System.Text.Json.Nodes;
using StepFlow.Local.Execution;
using StepFlow.Local.History;

namespace StepFlow.Local.Tasks;

/// <summary>Writes the Task*, LambdaFunction* or Activity* events a resource kind produces (asl-reference §7.3).</summary>
internal sealed class TaskEvents(StateVisit visit, TaskResource resource)
{
    public void Scheduled(JsonNode? input, long? timeout, long? heartbeat)
    {
        switch (resource.Kind)
        {
            case TaskResourceKind.LambdaFunction:
                visit.Emit(HistoryEventTypes.LambdaFunctionScheduled, new HistoryEventDetails
                {
                    Resource = resource.Arn,
                    InputPayload = new LazyJsonText(input),
                    TimeoutInSeconds = timeout,
                });
                break;
            case TaskResourceKind.Activity:
                visit.Emit(HistoryEventTypes.ActivityScheduled, new HistoryEventDetails
                {
                    Resource = resource.Arn,
                    InputPayload = new LazyJsonText(input),
                    TimeoutInSeconds = timeout,
                    HeartbeatInSeconds = heartbeat,
                });
                break;
            default:
                visit.Emit(HistoryEventTypes.TaskScheduled, new HistoryEventDetails
                {
                    ResourceType = resource.ResourceType,
                    Resource = resource.Resource,
                    Region = resource.Region,
                    ParametersPayload = new LazyJsonText(input),
                    TimeoutInSeconds = timeout,
                    HeartbeatInSeconds = heartbeat,
                });
                break;
        }
    }

    public void Started() => visit.Emit(
        resource.Kind switch
        {
            TaskResourceKind.LambdaFunction => HistoryEventTypes.LambdaFunctionStarted,
            TaskResourceKind.Activity => HistoryEventTypes.ActivityStarted,
            _ => HistoryEventTypes.TaskStarted,
        },
        resource.Kind switch
        {
            TaskResourceKind.LambdaFunction => null,
            TaskResourceKind.Activity => new HistoryEventDetails { WorkerName = "StepFlow.Local" },
            _ => new HistoryEventDetails { ResourceType = resource.ResourceType, Resource = resource.Resource },
        });

    public void Submitted(JsonNode? output) => visit.Emit(HistoryEventTypes.TaskSubmitted, new HistoryEventDetails
    {
        ResourceType = resource.ResourceType,
        Resource = resource.Resource,
        OutputPayload = new LazyJsonText(output),
    });

    public void Succeeded(JsonNode? output) => visit.Emit(
        resource.Kind switch
        {
            TaskResourceKind.LambdaFunction => HistoryEventTypes.LambdaFunctionSucceeded,
            TaskResourceKind.Activity => HistoryEventTypes.ActivitySucceeded,
            _ => HistoryEventTypes.TaskSucceeded,
        },
        new HistoryEventDetails
        {
            ResourceType = resource.Kind == TaskResourceKind.Service ? resource.ResourceType : null,
            Resource = resource.Kind == TaskResourceKind.Service ? resource.Resource : null,
            OutputPayload = new LazyJsonText(output),
        });

    public void Failed(string? error, string? cause, bool timedOut) => visit.Emit(
        (resource.Kind, timedOut) switch
        {
            (TaskResourceKind.LambdaFunction, false) => HistoryEventTypes.LambdaFunctionFailed,
            (TaskResourceKind.LambdaFunction, true) => HistoryEventTypes.LambdaFunctionTimedOut,
            (TaskResourceKind.Activity, false) => HistoryEventTypes.ActivityFailed,
            (TaskResourceKind.Activity, true) => HistoryEventTypes.ActivityTimedOut,
            (_, false) => HistoryEventTypes.TaskFailed,
            _ => HistoryEventTypes.TaskTimedOut,
        },
        new HistoryEventDetails
        {
            ResourceType = resource.Kind == TaskResourceKind.Service ? resource.ResourceType : null,
            Resource = resource.Kind == TaskResourceKind.Service ? resource.Resource : null,
            Error = error,
            Cause = cause,
        });
}
