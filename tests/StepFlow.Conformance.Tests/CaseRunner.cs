using System;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using StepFlow.Local;
using StepFlow.Local.Api;
using StepFlow.Local.History;
using StepFlow.Local.Jsonata;
using StepFlow.Local.Maps;
using StepFlow.Local.Maps.S3;
using StepFlow.Local.Time;

namespace StepFlow.Conformance.Tests;

/// <summary>Runs one case on a fresh engine with a virtual clock and replayed task results.</summary>
internal static partial class CaseRunner
{
    /// <returns>The execution's outcome and history, and whether a task asked for a result no recording holds.</returns>
    public static async Task<(DescribeExecutionResponse Result, HistoryEvent[] Events, bool MissingTaskResults)> RunAsync(ConformanceCase testCase)
    {
        var clock = new VirtualTimeProvider();
        var options = new LocalEngineOptions
        {
            TimeProvider = clock,
            RandomSeed = 42,
            MaxTransitions = 20000,
            ResultWriter = new InMemoryResultWriter(),
            ItemReader = new S3ItemReader(S3Fixtures.StoreFor(testCase, clock)),
        }.UseJsonata();
        var engine = new LocalStepFunctionsEngine(options);
        var feeder = new RecordedTaskFeeder(LambdaFixtures.TaskResults(testCase));
        feeder.Attach(engine);
        LambdaFixtures.AttachEcho(testCase, engine);
        var definition = MockResource().Replace(testCase.Definition, m => m.Value.Contains("activity", StringComparison.Ordinal)
            ? "\"Resource\": \"arn:aws:states:us-east-1:111111111111:activity:recorded\""
            : "\"Resource\": \"arn:aws:lambda:us-east-1:111111111111:function:recorded\"");
        var type = testCase.Meta["state_machine_type"]?.ToString() ?? "STANDARD";
        var machine = await engine.CreateStateMachineAsync(new CreateStateMachineRequest { Name = "Conformance", Definition = definition, Type = type });
        var started = await engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machine.StateMachineArn, Input = testCase.Input });
        var result = await engine.WaitForExecutionAsync(started.ExecutionArn).WaitAsync(TimeSpan.FromSeconds(20));
        var history = await engine.GetExecutionHistoryAsync(new GetExecutionHistoryRequest(started.ExecutionArn));
        return (result, System.Linq.Enumerable.ToArray(history.Events), feeder.RanOutOfResults);
    }

    [GeneratedRegex("\"Resource\"\\s*:\\s*\"<mock:[^\"]*>\"")]
    private static partial Regex MockResource();
}
