using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local;
using StepFlow.Local.Api;
using StepFlow.Local.Errors;
using StepFlow.Local.Json;
using StepFlow.Local.Tasks;

namespace StepFlow.Conformance.Tests;

/// <summary>Replays a case's recorded <c>task_results</c> as task handlers: each Scheduled event starts one
/// invocation whose outcome (Succeeded, Failed, TimedOut, Submitted + callback) is reproduced in order.</summary>
internal sealed class RecordedTaskFeeder
{
    private readonly Queue<List<JsonObject>> _invocations = new();
    private LocalStepFunctionsEngine? _engine;

    public RecordedTaskFeeder(JsonArray? taskResults)
    {
        List<JsonObject>? current = null;
        var currentHasOutcome = false;
        // Recordings re-sorted by LocalStack's SfnNoneRecursiveParallelTransformer list a branch's events in name
        // order (TaskFailed before TaskScheduled): an outcome with no open invocation goes to the next one.
        var orphans = new Queue<JsonObject>();
        foreach (var node in taskResults ?? new JsonArray())
        {
            var entry = (JsonObject)node!;
            var type = entry["event"]?.GetValue<string>() ?? string.Empty;
            if (type.EndsWith("Scheduled", System.StringComparison.Ordinal))
            {
                current = new List<JsonObject> { entry };
                currentHasOutcome = orphans.Count > 0;
                if (orphans.TryDequeue(out var orphan))
                {
                    current.Add(orphan);
                }

                _invocations.Enqueue(current);
                continue;
            }

            var isOutcome = IsOutcome(type);
            if (isOutcome && (current is null || currentHasOutcome))
            {
                orphans.Enqueue(entry);
                continue;
            }

            current?.Add(entry);
            currentHasOutcome |= isOutcome;
        }
    }

    private static bool IsOutcome(string type) =>
        type.EndsWith("Succeeded", System.StringComparison.Ordinal) || type.EndsWith("Failed", System.StringComparison.Ordinal)
        || type.EndsWith("TimedOut", System.StringComparison.Ordinal);

    /// <summary>True once a task asked for a result the recording does not hold.</summary>
    public bool RanOutOfResults { get; private set; }

    public void Attach(LocalStepFunctionsEngine engine)
    {
        _engine = engine;
        engine.Options.TaskHandlers.Fallback = HandleAsync;
    }

    private async ValueTask<JsonNode?> HandleAsync(TaskInvocation invocation)
    {
        if (!_invocations.TryDequeue(out var events))
        {
            RanOutOfResults = true;
            throw new TaskFailedException("Conformance.NoRecordedResult", "The recording has no further task result for state '" + invocation.StateName + "'.");
        }

        JsonNode? submitted = null;
        var hasSubmitted = false;
        foreach (var e in events)
        {
            var type = e["event"]!.GetValue<string>();
            if (type == "TaskSubmitted")
            {
                hasSubmitted = true;
                submitted = Output(e);
                if (invocation.Resource.IsSync)
                {
                    invocation.ReportSubmitted(submitted);
                }

                continue;
            }

            if (type.EndsWith("Succeeded", System.StringComparison.Ordinal))
            {
                if (invocation.TaskToken is { } token)
                {
                    await _engine!.SendTaskSuccessAsync(new SendTaskSuccessRequest(token, JsonNodes.ToCompactJson(Output(e))));
                    return submitted;
                }

                return Output(e);
            }

            if (type.EndsWith("Failed", System.StringComparison.Ordinal) || type.EndsWith("TimedOut", System.StringComparison.Ordinal))
            {
                var error = e["error"]?.GetValue<string>() ?? (type.EndsWith("TimedOut", System.StringComparison.Ordinal) ? StatesErrorNames.Timeout : null);
                // Lambda's Python runtime wrote causes with spaces; service integrations wrote compact JSON.
                var cause = e["cause"] is JsonValue v ? v.ToString()
                    : e["cause"] is JsonNode obj ? (type.StartsWith("Lambda", System.StringComparison.Ordinal) ? PythonJson.Serialize(obj) : JsonNodes.ToCompactJson(obj))
                    : null;
                if (invocation.TaskToken is { } token && hasSubmitted)
                {
                    await _engine!.SendTaskFailureAsync(new SendTaskFailureRequest(token, error, cause));
                    return submitted;
                }

                throw new TaskFailedException(error ?? StatesErrorNames.TaskFailed, cause);
            }
        }

        return submitted;
    }

    /// <summary>The recorded output. Some recordings kept JSON text as a string (e.g. <c>"0"</c> for 0); such strings
    /// are parsed back, while plain strings that are not JSON stay strings.</summary>
    private static JsonNode? Output(JsonObject e)
    {
        var output = e["output"];
        if (output is JsonValue value && value.TryGetValue<string>(out var text))
        {
            try
            {
                return JsonNodes.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
                return JsonValue.Create(text);
            }
        }

        return output?.DeepClone();
    }
}
