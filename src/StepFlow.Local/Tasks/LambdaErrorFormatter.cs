using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace StepFlow.Local.Tasks;

/// <summary>Turns a handler exception into Lambda's error shape: Error = exception type name, Cause = JSON text
/// <c>{"errorMessage","errorType","stackTrace"}</c>.</summary>
internal static class LambdaErrorFormatter
{
    public static (string Error, string Cause) Format(Exception exception)
    {
        var type = exception.GetType().Name;
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("errorMessage", exception.Message);
            writer.WriteString("errorType", type);
            writer.WriteStartArray("stackTrace");
            foreach (var line in (exception.StackTrace ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                writer.WriteStringValue(line);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return (type, Encoding.UTF8.GetString(stream.ToArray()));
    }
}
