using System;
using StepFlow.Local.Jsonata;
using StepFlow.Local.Maps;
using StepFlow.Local.Mocks;
using StepFlow.Local.Tasks;

namespace StepFlow.Local;

/// <summary>Configuration of a <see cref="LocalStepFunctionsEngine"/>.</summary>
public sealed class LocalEngineOptions
{
    /// <summary>The clock for Wait states, retries, timeouts and timestamps. Use a <see cref="Time.VirtualTimeProvider"/>
    /// to make long waits instant; <see cref="TimeProvider.System"/> (the default) waits for real.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Seed for jitter, States.MathRandom, States.UUID and task tokens; null = unseeded.</summary>
    public int? RandomSeed { get; set; }

    /// <summary>States an execution may enter before it fails with StepFlow.MaxTransitionsExceeded (runaway loops).</summary>
    public int MaxTransitions { get; set; } = 1_000_000;

    /// <summary>False skips storing history events (faster when nobody reads them).</summary>
    public bool RecordHistory { get; set; } = true;

    /// <summary>Handlers for Task states by state name or resource ARN.</summary>
    public TaskHandlerRegistry TaskHandlers { get; } = new();

    /// <summary>Mocked task responses by state name (per invocation); they take precedence over handlers.</summary>
    public MockRegistry Mocks { get; } = new();

    /// <summary>A Step Functions Local MockConfigFile; select a test case with <c>stateMachineArn#TestCase</c>.</summary>
    public MockConfiguration? MockConfiguration { get; set; }

    /// <summary>Evaluates JSONata expressions; without one, JSONata states fail with StepFlow.JsonataNotSupported.</summary>
    public IJsonataEvaluator? JsonataEvaluator { get; set; }

    /// <summary>Supplies items for Map states with an ItemReader.</summary>
    public IItemReader? ItemReader { get; set; }

    /// <summary>Receives results of Map states with a ResultWriter.</summary>
    public IResultWriter? ResultWriter { get; set; }

    /// <summary>Region used in ARNs.</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>Account id used in ARNs.</summary>
    public string AccountId { get; set; } = "123456789012";
}
