using System;
using System.Buffers;
using System.Text.Json;
using StepFlow.Client;

namespace StepFlow.Aws.Protocol;

/// <summary>The JSON bodies of the operations, member names exactly as the API model spells them (asl-reference §9.2).</summary>
internal static class RequestBodies
{
    public static byte[] StartExecution(StartExecutionRequest request) => Write(writer =>
    {
        writer.WriteString("stateMachineArn", request.StateMachineArn);
        WriteIfSet(writer, "name", request.Name);
        writer.WriteString("input", request.Input);
        WriteIfSet(writer, "traceHeader", request.TraceHeader);
    });

    public static byte[] ExecutionArn(string executionArn) => Write(writer => writer.WriteString("executionArn", executionArn));

    public static byte[] StopExecution(string executionArn, string? error, string? cause) => Write(writer =>
    {
        writer.WriteString("executionArn", executionArn);
        WriteIfSet(writer, "error", error);
        WriteIfSet(writer, "cause", cause);
    });

    public static byte[] RedriveExecution(string executionArn, string? clientToken) => Write(writer =>
    {
        writer.WriteString("executionArn", executionArn);
        WriteIfSet(writer, "clientToken", clientToken);
    });

    public static byte[] ListExecutions(ListExecutionsRequest request) => Write(writer =>
    {
        writer.WriteString("stateMachineArn", request.StateMachineArn);
        if (request.StatusFilter is { } status)
        {
            writer.WriteString("statusFilter", ExecutionStatusNames.ToWire(status));
        }

        WritePaging(writer, request.MaxResults, request.NextToken);
    });

    public static byte[] GetExecutionHistory(ExecutionHistoryRequest request) => Write(writer =>
    {
        writer.WriteString("executionArn", request.ExecutionArn);
        writer.WriteBoolean("includeExecutionData", request.IncludeExecutionData);
        WritePaging(writer, request.MaxResults, request.NextToken);
        writer.WriteBoolean("reverseOrder", request.ReverseOrder);
    });

    public static byte[] SendTaskSuccess(string taskToken, string output) => Write(writer =>
    {
        writer.WriteString("taskToken", taskToken);
        writer.WriteString("output", output);
    });

    public static byte[] SendTaskFailure(string taskToken, string? error, string? cause) => Write(writer =>
    {
        writer.WriteString("taskToken", taskToken);
        WriteIfSet(writer, "error", error);
        WriteIfSet(writer, "cause", cause);
    });

    public static byte[] SendTaskHeartbeat(string taskToken) => Write(writer => writer.WriteString("taskToken", taskToken));

    private static void WritePaging(Utf8JsonWriter writer, int maxResults, string? nextToken)
    {
        if (maxResults > 0)
        {
            writer.WriteNumber("maxResults", maxResults);
        }

        WriteIfSet(writer, "nextToken", nextToken);
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static byte[] Write(Action<Utf8JsonWriter> members)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            members(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
