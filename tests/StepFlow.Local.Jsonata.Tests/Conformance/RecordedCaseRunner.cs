using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.Api;
using StepFlow.Local.Time;

namespace StepFlow.Local.Jsonata.Tests.Conformance;

/// <summary>Runs a case on a fresh engine with JSONata registered and a virtual clock, and compares the outcome with
/// the recording: status, error name, and output as a JSON value (causes are not compared; of the
/// recording's redaction tokens only <c>date</c> is understood).</summary>
internal static class RecordedCaseRunner
{
    /// <summary>Null when the case passes, otherwise why not.</summary>
    public static async Task<string?> RunAsync(RecordedCase testCase)
    {
        var options = new LocalEngineOptions { TimeProvider = new VirtualTimeProvider(), RandomSeed = 7, MaxTransitions = 20_000 }.UseJsonata();
        var engine = new LocalStepFunctionsEngine(options);
        var machine = await engine.CreateStateMachineAsync(new CreateStateMachineRequest { Name = "JsonataCase", Definition = testCase.Definition, Type = testCase.MachineType });
        var started = await engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machine.StateMachineArn, Input = testCase.Input });
        var actual = await engine.WaitForExecutionAsync(started.ExecutionArn).WaitAsync(TimeSpan.FromSeconds(20));

        var status = testCase.Expected["status"]!.GetValue<string>();
        if (actual.Status != status)
        {
            return actual.Status + " (" + actual.Error + ": " + actual.Cause + ") instead of " + status;
        }

        if (status != "SUCCEEDED")
        {
            var error = testCase.Expected["error"]?.GetValue<string>();
            return error == actual.Error ? null : "error " + actual.Error + " instead of " + error;
        }

        var output = JsonNode.Parse(actual.Output ?? "null");
        return SameJson(testCase.Expected["output"], output) ? null : "output " + actual.Output + " instead of " + testCase.Expected["output"]?.ToJsonString();
    }

    /// <summary>JSON equality where numbers compare by value (the recordings went through Python: 1.0 vs 1).</summary>
    private static bool SameJson(JsonNode? expected, JsonNode? actual)
    {
        if (expected is JsonValue e && actual is JsonValue a && e.GetValueKind() == JsonValueKind.Number && a.GetValueKind() == JsonValueKind.Number)
        {
            return e.GetValue<double>() == a.GetValue<double>();
        }

        if (expected is JsonObject eo && actual is JsonObject ao)
        {
            if (eo.Count != ao.Count)
            {
                return false;
            }

            foreach (var pair in eo)
            {
                if (!ao.TryGetPropertyValue(pair.Key, out var value) || !SameJson(pair.Value, value))
                {
                    return false;
                }
            }

            return true;
        }

        if (expected is JsonArray ea && actual is JsonArray aa)
        {
            if (ea.Count != aa.Count)
            {
                return false;
            }

            for (var i = 0; i < ea.Count; i++)
            {
                if (!SameJson(ea[i], aa[i]))
                {
                    return false;
                }
            }

            return true;
        }

        // The recording replaced ISO-8601 timestamps with the token "date" (conformance/README.md, redactions).
        if (expected is JsonValue token && token.GetValueKind() == JsonValueKind.String && token.GetValue<string>() == "date")
        {
            return actual is JsonValue text && text.GetValueKind() == JsonValueKind.String;
        }

        return JsonNode.DeepEquals(expected, actual);
    }
}
