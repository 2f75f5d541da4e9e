using System;
using System.Threading.Tasks;
using StepFlow.Local;
using StepFlow.Local.Time;
using StepFlow.LocalTransport;

namespace StepFlow.Client.Tests.Local;

/// <summary>A local transport on a virtual clock: retries and timeouts take no real time.</summary>
internal sealed class LocalHarness
{
    public LocalHarness()
    {
        Clock = new VirtualTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Engine = new LocalStepFunctionsEngine(new LocalEngineOptions { TimeProvider = Clock, RandomSeed = 7 });
        Transport = new LocalStepFunctionsTransport(Engine);
    }

    public VirtualTimeProvider Clock { get; }

    public LocalStepFunctionsEngine Engine { get; }

    public LocalStepFunctionsTransport Transport { get; }

    public async Task<TClient> ClientAsync<TClient>(WorkflowDefinition definition, Func<IStepFunctionsTransport, string, TClient> create)
        => create(Transport, await Transport.RegisterAsync(definition));
}
