using System;
using System.Threading.Tasks;
using StepFlow.Local.Api;
using StepFlow.Local.History;
using StepFlow.Local.Time;

namespace StepFlow.Local.Jsonata.Tests;

/// <summary>Runs a small definition on an engine with JSONata registered through the one-line extension.</summary>
internal static class JsonataMachine
{
    /// <summary>Runs one JSONata Pass state whose Output is the given expression.</summary>
    public static Task<(DescribeExecutionResponse Result, HistoryEvent[] Events)> RunOutputAsync(string expression) =>
        RunAsync("""{"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true, "Output": """ + System.Text.Json.Nodes.JsonValue.Create("{% " + expression + " %}").ToJsonString() + "}}}");

    public static async Task<(DescribeExecutionResponse Result, HistoryEvent[] Events)> RunAsync(string definition, string input = "{}", Action<LocalEngineOptions>? configure = null)
    {
        var options = new LocalEngineOptions { TimeProvider = new VirtualTimeProvider() }.UseJsonata();
        configure?.Invoke(options);
        var engine = new LocalStepFunctionsEngine(options);
        var machine = await engine.CreateStateMachineAsync(new CreateStateMachineRequest { Name = "Focused", Definition = definition });
        var started = await engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machine.StateMachineArn, Input = input });
        var result = await engine.WaitForExecutionAsync(started.ExecutionArn).WaitAsync(TimeSpan.FromSeconds(10));
        var history = await engine.GetExecutionHistoryAsync(new GetExecutionHistoryRequest(started.ExecutionArn));
        return (result, System.Linq.Enumerable.ToArray(history.Events));
    }
}
