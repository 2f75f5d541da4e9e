using StepFlow.Client;
using Engine = StepFlow.Local.Api;
using EngineHistory = StepFlow.Local.History;

namespace StepFlow.LocalTransport;

/// <summary>The engine's API shapes to the client's.</summary>
internal static class LocalMapping
{
    public static ExecutionDescription ToClient(Engine.DescribeExecutionResponse response)
        => new(response.ExecutionArn, response.StateMachineArn, ExecutionStatusNames.FromWire(response.Status), response.StartDate)
        {
            Name = response.Name,
            StopDate = response.StopDate,
            Input = response.Input,
            Output = response.Output,
            Error = response.Error,
            Cause = response.Cause,
            RedriveCount = response.RedriveCount,
        };

    public static ExecutionSummary ToClient(Engine.ExecutionListItem item)
        => new(item.ExecutionArn, item.StateMachineArn, item.Name, ExecutionStatusNames.FromWire(item.Status), item.StartDate, item.StopDate);

    public static HistoryEvent ToClient(EngineHistory.HistoryEvent historyEvent)
    {
        var details = historyEvent.Details;
        return new HistoryEvent(historyEvent.Id, historyEvent.PreviousEventId, historyEvent.Timestamp, historyEvent.Type)
        {
            StateName = details?.Name,
            Input = details?.Input ?? details?.Parameters,
            Output = details?.Output,
            Error = details?.Error,
            Cause = details?.Cause,
        };
    }
}
