using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Local.Errors;
using StepFlow.Local.History;
using StepFlow.Local.Mocks;
using StepFlow.Local.Tasks;
using StepFlow.Local.Time;

namespace StepFlow.Local.Execution;

/// <summary>Everything one execution's states share: identity, clock, random source, history, task dispatch.</summary>
internal sealed class ExecutionRun
{
    private readonly Dictionary<string, int> _invocations = new(StringComparer.Ordinal);
    private int _transitions;

    public ExecutionRun(ExecutionIdentity identity, JsonNode? input, LocalEngineOptions options, TaskDispatcher tasks, TaskTokenRegistry tokens, CancellationToken cancellation)
    {
        Identity = identity;
        Input = input;
        Options = options;
        Clock = options.TimeProvider;
        Random = options.RandomSeed is { } seed ? new Random(seed) : new Random();
        Tasks = tasks;
        Tokens = tokens;
        Cancellation = cancellation;
        StartTime = Clock.GetUtcNow();
        StartTimeText = FormatTimestamp(StartTime);
        History = new HistoryRecorder(Clock, options.RecordHistory);
        Loop = new ExecutionLoop(Clock);
    }

    public ExecutionIdentity Identity { get; }

    public JsonNode? Input { get; }

    public LocalEngineOptions Options { get; }

    public TimeProvider Clock { get; }

    public Random Random { get; }

    public TaskDispatcher Tasks { get; }

    public TaskTokenRegistry Tokens { get; }

    public CancellationToken Cancellation { get; }

    public DateTimeOffset StartTime { get; }

    public string StartTimeText { get; }

    /// <summary>Redrives so far (<c>$$.Execution.RedriveCount</c>); set before a redrive resumes the execution.</summary>
    public int RedriveCount { get; set; }

    /// <summary><c>$$.Execution.RedriveTime</c>, present only after a redrive.</summary>
    public string? RedriveTimeText { get; set; }

    public HistoryRecorder History { get; }

    public ExecutionLoop Loop { get; }

    /// <summary>Counts one state entry; fails the execution once the configured limit is passed (runaway loops).</summary>
    public void CountTransition()
    {
        if (Interlocked.Increment(ref _transitions) > Options.MaxTransitions)
        {
            throw new StatesErrorException(
                StatesErrorNames.MaxTransitionsExceeded,
                "The execution entered more than " + Options.MaxTransitions + " states (LocalEngineOptions.MaxTransitions); it is probably looping forever.",
                catchable: false);
        }
    }

    public int Transitions => Volatile.Read(ref _transitions);

    /// <summary>Mocks of the MockConfigFile test case this execution was started with, by state name.</summary>
    public IReadOnlyDictionary<string, MockedResponseSequence>? TestCaseMocks { get; init; }

    /// <summary>Counts calls per Task state for mock invocation numbers.</summary>
    public int NextInvocation(string stateName)
    {
        lock (_invocations)
        {
            _invocations.TryGetValue(stateName, out var count);
            _invocations[stateName] = count + 1;
            return count;
        }
    }

    /// <summary>Waits on the execution's clock (virtual or real).</summary>
    public Task DelayAsync(TimeSpan delay, CancellationToken cancellation) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Time.LongDelay.DelayAsync(Clock, delay, cancellation);

    /// <summary>ISO-8601 UTC with milliseconds, as AWS writes Context Object times.</summary>
    public static string FormatTimestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
