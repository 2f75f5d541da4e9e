using System;
using System.Buffers;
using System.Text;
using System.Text.Json;

namespace StepFlow.Local.History;

/// <summary>Writes history events in the GetExecutionHistory wire shape (camelCase members, epoch-second
/// timestamps, one <c>…EventDetails</c> member, <c>…Details: {"truncated": false}</c> beside payloads).</summary>
public static class HistoryJsonWriter
{
    public static void Write(Utf8JsonWriter writer, HistoryEvent historyEvent)
    {
        writer.WriteStartObject();
        writer.WriteNumber("timestamp", Math.Round(historyEvent.Timestamp.ToUnixTimeMilliseconds() / 1000.0, 3));
        writer.WriteString("type", historyEvent.Type);
        writer.WriteNumber("id", historyEvent.Id);
        writer.WriteNumber("previousEventId", historyEvent.PreviousEventId);
        if (historyEvent.Details is { } details)
        {
            writer.WriteStartObject(historyEvent.DetailsMemberName!);
            WriteDetails(writer, details);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>One event as indented JSON text.</summary>
    public static string ToJson(HistoryEvent historyEvent)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            Write(writer, historyEvent);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteDetails(Utf8JsonWriter writer, HistoryEventDetails d)
    {
        Optional(writer, "name", d.Name);
        Optional(writer, "resourceType", d.ResourceType);
        Optional(writer, "resource", d.Resource);
        Optional(writer, "region", d.Region);
        Payload(writer, "input", d.Input);
        Payload(writer, "parameters", d.Parameters);
        Payload(writer, "output", d.Output);
        Optional(writer, "roleArn", d.RoleArn);
        Optional(writer, "error", d.Error);
        Optional(writer, "cause", d.Cause);
        Optional(writer, "location", d.Location);
        Optional(writer, "state", d.State);
        Optional(writer, "mapRunArn", d.MapRunArn);
        Optional(writer, "workerName", d.WorkerName);
        if (d.TimeoutInSeconds is { } timeout) writer.WriteNumber("timeoutInSeconds", timeout);
        if (d.HeartbeatInSeconds is { } heartbeat) writer.WriteNumber("heartbeatInSeconds", heartbeat);
        if (d.Length is { } length) writer.WriteNumber("length", length);
        if (d.Index is { } index) writer.WriteNumber("index", index);
        if (d.AssignedVariables is { } assigned)
        {
            writer.WriteStartObject("assignedVariables");
            foreach (var pair in assigned)
            {
                writer.WriteString(pair.Key, pair.Value);
            }

            writer.WriteEndObject();
            Truncated(writer, "assignedVariablesDetails");
        }
    }

    private static void Optional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Payload(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
            Truncated(writer, name + "Details");
        }
    }

    private static void Truncated(Utf8JsonWriter writer, string name)
    {
        writer.WriteStartObject(name);
        writer.WriteBoolean("truncated", false);
        writer.WriteEndObject();
    }
}
