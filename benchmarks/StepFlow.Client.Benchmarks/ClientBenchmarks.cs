using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using StepFlow.LocalTransport;

namespace StepFlow.Client.Benchmarks;

/// <summary>Start-to-result of a five-state workflow through its generated client on the local transport.</summary>
[MemoryDiagnoser]
public class LocalExecutionBenchmarks
{
    private FiveStateWorkflowClient _client = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var transport = new LocalStepFunctionsTransport();
        _client = new FiveStateWorkflowClient(transport, await transport.RegisterAsync(FiveStateWorkflow.CreateLocalDefinition()));
    }

    [Benchmark]
    public async Task<Parcel> StartToResult()
    {
        var execution = await _client.StartExecutionAsync(new Parcel("p-1", 12, null));
        return (await execution.GetResultAsync()).Output;
    }
}

/// <summary>One payload round trip (serialize the input, deserialize the output) with and without a JsonSerializerContext.</summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private static readonly Parcel Value = new("p-1", 12, "north");
    private readonly PayloadSerializer<Parcel> _generated = TypeInfoPayloadSerializer<Parcel>.FromContext(BenchmarkJsonContext.Default);
    private readonly PayloadSerializer<Parcel> _reflection = new ReflectionPayloadSerializer<Parcel>();

    [Benchmark(Baseline = true)]
    public Parcel WithSerializerContext() => _generated.Deserialize(_generated.Serialize(Value));

    [Benchmark]
    public Parcel WithReflection() => _reflection.Deserialize(_reflection.Serialize(Value));
}
