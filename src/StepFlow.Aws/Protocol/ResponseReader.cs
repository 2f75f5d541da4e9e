using System;
using System.Collections.Generic;
using System.Text.Json;
using StepFlow.Client;

namespace StepFlow.Aws.Protocol;

/// <summary>Reads the operations' responses without reflection; a missing required member is reported by name.</summary>
internal static class ResponseReader
{
    public static ExecutionStarted Started(string operation, JsonElement root)
        => new(RequiredString(operation, root, "executionArn"), RequiredDate(operation, root, "startDate"));

    public static ExecutionDescription Description(string operation, JsonElement root)
        => new(
            RequiredString(operation, root, "executionArn"),
            OptionalString(root, "stateMachineArn") ?? string.Empty,
            ExecutionStatusNames.FromWire(RequiredString(operation, root, "status")),
            RequiredDate(operation, root, "startDate"))
        {
            Name = OptionalString(root, "name"),
            StopDate = OptionalDate(root, "stopDate"),
            Input = OptionalString(root, "input"),
            Output = OptionalString(root, "output"),
            Error = OptionalString(root, "error"),
            Cause = OptionalString(root, "cause"),
            TraceHeader = OptionalString(root, "traceHeader"),
            RedriveCount = root.TryGetProperty("redriveCount", out var count) && count.TryGetInt32(out var n) ? n : 0,
            RedriveStatus = OptionalString(root, "redriveStatus"),
        };

    public static DateTimeOffset Date(string operation, JsonElement root, string name) => RequiredDate(operation, root, name);

    public static Page<ExecutionSummary> Executions(JsonElement root)
    {
        const string Operation = "ListExecutions";
        var items = new List<ExecutionSummary>();
        foreach (var item in RequiredArray(Operation, root, "executions"))
        {
            items.Add(new ExecutionSummary(
                RequiredString(Operation, item, "executionArn"),
                OptionalString(item, "stateMachineArn") ?? string.Empty,
                OptionalString(item, "name") ?? string.Empty,
                ExecutionStatusNames.FromWire(RequiredString(Operation, item, "status")),
                RequiredDate(Operation, item, "startDate"),
                OptionalDate(item, "stopDate"))
            {
                RedriveCount = item.TryGetProperty("redriveCount", out var count) && count.TryGetInt32(out var n) ? n : 0,
            });
        }

        return new Page<ExecutionSummary>(items, OptionalString(root, "nextToken"));
    }

    public static Page<HistoryEvent> History(JsonElement root)
    {
        const string Operation = "GetExecutionHistory";
        var events = new List<HistoryEvent>();
        foreach (var item in RequiredArray(Operation, root, "events"))
        {
            var historyEvent = new HistoryEvent(
                RequiredInt64(Operation, item, "id"),
                item.TryGetProperty("previousEventId", out var previous) && previous.TryGetInt64(out var p) ? p : 0,
                RequiredDate(Operation, item, "timestamp"),
                RequiredString(Operation, item, "type"));
            foreach (var member in item.EnumerateObject())
            {
                if (member.Name.EndsWith("EventDetails", StringComparison.Ordinal) && member.Value.ValueKind == JsonValueKind.Object)
                {
                    var details = member.Value;
                    historyEvent.Details = details.GetRawText();
                    historyEvent.StateName = OptionalString(details, "name");
                    historyEvent.Input = OptionalString(details, "input") ?? OptionalString(details, "parameters");
                    historyEvent.Output = OptionalString(details, "output");
                    historyEvent.Error = OptionalString(details, "error");
                    historyEvent.Cause = OptionalString(details, "cause");
                }
            }

            events.Add(historyEvent);
        }

        return new Page<HistoryEvent>(events, OptionalString(root, "nextToken"));
    }

    private static string RequiredString(string operation, JsonElement element, string name)
        => OptionalString(element, name) ?? throw Missing(operation, name);

    private static string? OptionalString(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long RequiredInt64(string operation, JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.TryGetInt64(out var number) ? number : throw Missing(operation, name);

    private static DateTimeOffset RequiredDate(string operation, JsonElement element, string name)
        => OptionalDate(element, name) ?? throw Missing(operation, name);

    /// <summary>Dates are epoch seconds with a fractional part.</summary>
    private static DateTimeOffset? OptionalDate(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(value.GetDouble() * 1000))
            : null;

    private static JsonElement.ArrayEnumerator RequiredArray(string operation, JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw Missing(operation, name);

    private static StepFunctionsException Missing(string operation, string member)
        => new("InvalidResponse", operation + " response has no valid '" + member + "'");
}
