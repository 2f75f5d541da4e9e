using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using StepFlow.Visualization.Definition;
using StepFlow.Visualization.History;

namespace StepFlow.Visualization.Rendering;

/// <summary>
/// Writes what the report's script shows on click as one JSON document, safe to sit inside a script element:
/// every <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> is written as a <c>\u003c</c>-style escape, so no payload can
/// close the element or open a comment. Other characters stay as they are, which keeps large reports small.
/// </summary>
internal static class ReportDataWriter
{
    /// <summary>Payloads longer than this are cut, so one huge input cannot bloat the report.</summary>
    internal const int MaxPayloadChars = 32 * 1024;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string Write(WorkflowDefinition definition, ExecutionTrace? trace, IReadOnlyDictionary<StateNode, StateOutcome>? outcomes)
    {
        var runsByState = new Dictionary<StateNode, List<StateRun>>();
        if (trace is not null)
        {
            foreach (StateRun run in trace.Runs)
            {
                if (!runsByState.TryGetValue(run.State, out List<StateRun>? list))
                {
                    runsByState[run.State] = list = [];
                }

                list.Add(run);
            }
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("mode", trace is null ? "diagram" : "execution");
            DateTimeOffset? origin = trace?.Started ?? FirstTimestamp(trace);
            if (trace is not null)
            {
                WriteExecution(json, trace, origin);
            }

            json.WriteStartArray("states");
            foreach (StateNode state in definition.AllStates)
            {
                json.WriteStartObject();
                json.WriteNumber("id", state.Id);
                json.WriteString("name", state.Name);
                json.WriteString("type", state.TypeName);
                json.WriteString("path", state.Path);
                json.WriteString("language", state.QueryLanguage);
                json.WriteString("definition", Indented(state));
                if (outcomes is not null)
                {
                    json.WriteString("outcome", outcomes.TryGetValue(state, out StateOutcome outcome) ? Name(outcome) : Name(StateOutcome.NotReached));
                    json.WriteStartArray("runs");
                    foreach (StateRun run in runsByState.GetValueOrDefault(state) ?? [])
                    {
                        WriteRun(json, run, origin);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return EscapeMarkupCharacters(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>
    /// Outside strings JSON never contains these characters, so replacing every occurrence with its \u escape keeps
    /// the document equal while making it inert inside HTML.
    /// </summary>
    internal static string EscapeMarkupCharacters(string json) =>
        json.Replace("<", "\\u003c", StringComparison.Ordinal).Replace(">", "\\u003e", StringComparison.Ordinal).Replace("&", "\\u0026", StringComparison.Ordinal);

    private static string Indented(StateNode state)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            state.Definition.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static string Name(StateOutcome outcome) => outcome.ToString().ToLowerInvariant();

    private static DateTimeOffset? FirstTimestamp(ExecutionTrace? trace) => trace?.Runs.Count > 0 ? trace.Runs[0].Entered : null;

    private static void WriteExecution(Utf8JsonWriter json, ExecutionTrace trace, DateTimeOffset? origin)
    {
        json.WriteStartObject("execution");
        json.WriteString("status", trace.Status);
        WriteTime(json, "started", trace.Started, origin);
        WriteTime(json, "stopped", trace.Stopped, origin);
        WritePayload(json, "input", trace.Input);
        WritePayload(json, "output", trace.Output);
        WritePayload(json, "error", trace.Error);
        WritePayload(json, "cause", trace.Cause);
        json.WriteNumber("events", trace.EventCount);
        if (trace.FailedRun is StateRun failed)
        {
            json.WriteNumber("failedState", failed.State.Id);
            json.WriteString("failedAt", failed.Location);
        }

        json.WriteEndObject();
    }

    private static void WriteRun(Utf8JsonWriter json, StateRun run, DateTimeOffset? origin)
    {
        json.WriteStartObject();
        json.WriteString("at", run.Location);
        json.WriteString("outcome", Name(run.Outcome));
        WriteTime(json, "entered", run.Entered, origin);
        WriteTime(json, "exited", run.Exited, origin);
        WritePayload(json, "input", run.Input);
        WritePayload(json, "output", run.Output);
        (string? error, string? cause) = run.FinalError();
        WritePayload(json, "error", error);
        WritePayload(json, "cause", cause);
        if (run.Attempts.Count > 0)
        {
            json.WriteStartArray("attempts");
            foreach (Attempt attempt in run.Attempts)
            {
                json.WriteStartObject();
                WriteTime(json, "started", attempt.Started, origin);
                WriteTime(json, "ended", attempt.Ended, origin);
                WritePayload(json, "resource", attempt.Resource);
                WritePayload(json, "error", attempt.Error);
                WritePayload(json, "cause", attempt.Cause);
                json.WriteBoolean("failed", attempt.Failed);
                if (attempt.DelayBefore is TimeSpan delay)
                {
                    json.WriteNumber("delayMs", Math.Round(delay.TotalMilliseconds));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (run.Map is MapIterations map)
        {
            WriteMap(json, map);
        }

        json.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter json, MapIterations map)
    {
        json.WriteStartObject("map");
        if (map.Length is long length)
        {
            json.WriteNumber("length", length);
        }

        json.WriteNumber("started", map.Started);
        json.WriteNumber("succeeded", map.Succeeded);
        json.WriteNumber("failed", map.Failed);
        json.WriteNumber("aborted", map.Aborted);
        json.WriteStartArray("failedItems");
        foreach (FailedItem item in map.FailedItems)
        {
            json.WriteStartObject();
            json.WriteNumber("index", item.Index);
            WritePayload(json, "error", item.Error);
            WritePayload(json, "cause", item.Cause);
            WritePayload(json, "state", item.StateName);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? time, DateTimeOffset? origin)
    {
        if (time is DateTimeOffset at && origin is DateTimeOffset zero)
        {
            json.WriteNumber(name, Math.Round((at - zero).TotalMilliseconds));
        }
    }

    private static void WritePayload(Utf8JsonWriter json, string name, string? text)
    {
        if (text is null)
        {
            return;
        }

        json.WriteString(name, Shorten(text, MaxPayloadChars));
    }

    internal static string Shorten(string text, int maxChars) => text.Length <= maxChars
        ? text
        : string.Concat(text.AsSpan(0, maxChars), $"\u2026 ({text.Length - maxChars} more characters cut from this report)");
}
