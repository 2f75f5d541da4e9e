using System.Text.Json.Serialization;
using StepFlow;

namespace StepFlow.Client.Benchmarks;

public sealed record Parcel(string Id, int Weight, string? Route);

/// <summary>Five states: two C# tasks, a Choice, a Pass and a Succeed.</summary>
[StateMachine(SerializerContext = typeof(BenchmarkJsonContext))]
public partial class FiveStateWorkflow
{
    [Task(StartAt = true, Next = nameof(Heavy))]
    public static Parcel Weigh(Parcel parcel) => parcel with { Weight = parcel.Weight + 1 };

    [Choice(Default = nameof(Route))]
    [When("$.Weight", NumericGreaterThan = 100, Next = nameof(Route))]
    partial void Heavy();

    [Task(Next = nameof(Stamp))]
    public static Parcel Route(Parcel parcel) => parcel with { Route = "north" };

    [Pass(Next = nameof(Done))]
    partial void Stamp();

    [Succeed]
    partial void Done();
}

[JsonSerializable(typeof(Parcel))]
public sealed partial class BenchmarkJsonContext : JsonSerializerContext
{
}
