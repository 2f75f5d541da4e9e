using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using StepFlow.Local.Api;

namespace StepFlow.Local.Benchmarks;

/// <summary>Whole executions on the local engine with history recorded. Pass and Choice figures are per
/// transition (OperationsPerInvoke); the Map figure is per execution.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private LocalStepFunctionsEngine _engine = null!;
    private string _chain = null!;
    private string _loop = null!;
    private string _map = null!;
    private string _mapInput = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new LocalStepFunctionsEngine(new LocalEngineOptions { RecordHistory = true });
        _chain = Create("Chain", Workflows.PassChain());
        _loop = Create("Loop", Workflows.ChoiceLoop());
        _map = Create("Map", Workflows.Map);
        _mapInput = Workflows.MapInput();
    }

    [Benchmark(OperationsPerInvoke = Workflows.ChainLength)]
    public Task<DescribeExecutionResponse> PassChainPerTransition() => Run(_chain, Workflows.SmallPayload);

    [Benchmark(OperationsPerInvoke = Workflows.ChoiceLoopTransitions)]
    public Task<DescribeExecutionResponse> ChoiceLoopPerTransition() => Run(_loop, Workflows.SmallPayload);

    [Benchmark]
    public Task<DescribeExecutionResponse> Map10000Items() => Run(_map, _mapInput);

    private string Create(string name, string definition) =>
        _engine.CreateStateMachineAsync(new CreateStateMachineRequest { Name = name, Definition = definition }).GetAwaiter().GetResult().StateMachineArn;

    private async Task<DescribeExecutionResponse> Run(string machineArn, string input)
    {
        var started = await _engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machineArn, Input = input });
        var result = await _engine.WaitForExecutionAsync(started.ExecutionArn);
        return result.Status == ExecutionStatus.Succeeded ? result : throw new System.InvalidOperationException(result.Error + ": " + result.Cause);
    }
}
