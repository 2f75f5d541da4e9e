using System;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using StepFlow.Local;
using StepFlow.Local.Api;
using StepFlow.Local.History;
using StepFlow.Local.Maps;
using StepFlow.Local.Time;

namespace StepFlow.Conformance.Tests;

/// <summary>Runs one case on a fresh engine with a virtual clock and replayed task results.</summary>
internal static partial class CaseRunner
{
    public static async Task<(DescribeExecutionResponse Result, HistoryEvent[] Events)> RunAsync(ConformanceCase testCase)
    {
        var engine = new LocalStepFunctionsEngine(new LocalEngineOptions
        {
            TimeProvider = new VirtualTimeProvider(),
            RandomSeed = 42,
            MaxTransitions = 20000,
            ResultWriter = new InMemoryResultWriter(),
        });
        new RecordedTaskFeeder(testCase.Meta["task_results"] as JsonArray).Attach(engine);
        var definition = MockResource().Replace(testCase.Definition, m => m.Value.Contains("activity", StringComparison.Ordinal)
            ? "\"Resource\": \"arn:aws:states:us-east-1:111111111111:activity:recorded\""
            : "\"Resource\": \"arn:aws:lambda:us-east-1:111111111111:function:recorded\"");
        var type = testCase.Meta["state_machine_type"]?.ToString() ?? "STANDARD";
        var machine = await engine.CreateStateMachineAsync(new CreateStateMachineRequest { Name = "Conformance", Definition = definition, Type = type });
        var started = await engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machine.StateMachineArn, Input = testCase.Input });
        var result = await engine.WaitForExecutionAsync(started.ExecutionArn).WaitAsync(TimeSpan.FromSeconds(20));
        var history = await engine.GetExecutionHistoryAsync(new GetExecutionHistoryRequest(started.ExecutionArn));
        return (result, System.Linq.Enumerable.ToArray(history.Events));
    }

    [GeneratedRegex("\"Resource\"\\s*:\\s*\"<mock:[^\"]*>\"")]
    private static partial Regex MockResource();
}
