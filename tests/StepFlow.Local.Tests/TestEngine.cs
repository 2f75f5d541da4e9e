using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.Api;
using StepFlow.Local.History;
using StepFlow.Local.Time;
using Xunit;

namespace StepFlow.Local.Tests;

/// <summary>Runs definitions on a fresh engine with a virtual clock and a fixed seed.</summary>
internal static class TestEngine
{
    public static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static LocalStepFunctionsEngine Create(Action<LocalEngineOptions>? configure = null)
    {
        var options = new LocalEngineOptions { TimeProvider = new VirtualTimeProvider(Start), RandomSeed = 7 };
        configure?.Invoke(options);
        return new LocalStepFunctionsEngine(options);
    }

    public static async Task<Run> RunAsync(string definition, string input = "{}", Action<LocalEngineOptions>? configure = null)
    {
        var engine = Create(configure);
        var result = await engine.RunAsync(definition, input).WaitAsync(TimeSpan.FromSeconds(10));
        var history = await engine.GetExecutionHistoryAsync(new GetExecutionHistoryRequest(result.ExecutionArn));
        return new Run(result, history.Events, engine);
    }

    /// <summary>Starts without waiting, for tests that drive callbacks or the clock themselves.</summary>
    public static async Task<(LocalStepFunctionsEngine Engine, string ExecutionArn)> StartAsync(string definition, string input = "{}", Action<LocalEngineOptions>? configure = null)
    {
        var engine = Create(configure);
        var machine = await engine.CreateStateMachineAsync(new CreateStateMachineRequest { Name = "Test", Definition = definition });
        var started = await engine.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machine.StateMachineArn, Input = input });
        return (engine, started.ExecutionArn);
    }

    /// <summary>A one-state machine around <paramref name="state"/> (JSON of the state object).</summary>
    /// <summary>
    /// Waits (up to ten seconds of real time) until the engine has armed a timer due at <paramref name="due"/> on
    /// <paramref name="clock"/>: advancing the clock before then races the engine's threads.
    /// </summary>
    public static async Task TimerArmedAsync(VirtualTimeProvider clock, DateTimeOffset due)
    {
        var giveUp = DateTime.UtcNow.AddSeconds(10);
        while (clock.NextTimerDue != due)
        {
            if (DateTime.UtcNow > giveUp)
            {
                throw new TimeoutException("No timer due at " + due.ToString("O", System.Globalization.CultureInfo.InvariantCulture) + "; the earliest is " + clock.NextTimerDue?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            }

            await Task.Delay(5);
        }
    }

    public static string Single(string state) => "{\"StartAt\":\"S\",\"States\":{\"S\":" + state + "}}";
}

/// <summary>The outcome of a test run.</summary>
internal sealed record Run(DescribeExecutionResponse Result, IReadOnlyList<HistoryEvent> Events, LocalStepFunctionsEngine Engine)
{
    public JsonNode? Output => Result.Output is null ? null : JsonNode.Parse(Result.Output);

    public IEnumerable<string> Types => Events.Select(e => e.Type);

    public void AssertSucceeded(string expectedOutputJson)
    {
        Assert.True(Result.Status == ExecutionStatus.Succeeded, Result.Status + ": " + Result.Error + " " + Result.Cause);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedOutputJson), Output), "Output was " + Result.Output);
    }

    public void AssertFailed(string error)
    {
        Assert.Equal(ExecutionStatus.Failed, Result.Status);
        Assert.Equal(error, Result.Error);
    }
}
