using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using StepFlow.Local.Api;
using StepFlow.Local.History;
using StepFlow.Local.Tasks;
using StepFlow.Local.Time;
using Xunit;

namespace StepFlow.Local.Tests;

/// <summary>TimeoutSeconds and HeartbeatSeconds enforced on C# handlers that are still running: the task fails with
/// States.Timeout (AWS's name for both expiries) and the handler's CancellationToken is cancelled, on the virtual and
/// the real clock.</summary>
public sealed class HandlerTimeoutTests
{
    private static string Task(string limits) =>
        """{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:work",""" + limits + ""","End":true}}}""";

    /// <summary>A handler that waits until cancelled and reports whether it saw the cancellation.</summary>
    private sealed class Silent
    {
        public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async ValueTask<JsonNode?> HandleAsync(TaskInvocation invocation)
        {
            try
            {
                await System.Threading.Tasks.Task.Delay(Timeout.Infinite, invocation.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                Cancelled.TrySetResult(true);
                throw;
            }

            return null;
        }
    }

    private static (LocalStepFunctionsEngine Engine, Silent Handler) RealClockEngine()
    {
        var silent = new Silent();
        var engine = TestEngine.Create(o =>
        {
            o.TimeProvider = TimeProvider.System;
            o.TaskHandlers.ForState("T", silent.HandleAsync);
        });
        return (engine, silent);
    }

    [Fact]
    public async Task HeartbeatsKeepAHandlerAliveUntilItFallsSilentOnTheVirtualClock()
    {
        var clock = new VirtualTimeProvider(TestEngine.Start);
        var beat = new SemaphoreSlim(0);
        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var (engine, arn) = await TestEngine.StartAsync(Task("\"HeartbeatSeconds\":10"), configure: o =>
        {
            o.TimeProvider = clock;
            o.TaskHandlers.ForState("T", async i =>
            {
                using var registration = i.CancellationToken.Register(() => cancelled.TrySetResult(true));
                while (true)
                {
                    await beat.WaitAsync(i.CancellationToken);
                    i.SendHeartbeat();
                }
            });
        });

        await TestEngine.TimerArmedAsync(clock, TestEngine.Start.AddSeconds(10));
        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(8));
            beat.Release();
            // Each heartbeat moves the deadline to ten seconds after it.
            await TestEngine.TimerArmedAsync(clock, clock.GetUtcNow().AddSeconds(10));
        }

        Assert.Equal(ExecutionStatus.Running, (await engine.DescribeExecutionAsync(new(arn))).Status);
        clock.Advance(TimeSpan.FromSeconds(11));
        var result = await engine.WaitForExecutionAsync(arn).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("States.Timeout", result.Error);
        Assert.True(await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        // The last heartbeat came at 24 s, so the heartbeat deadline (34 s) fired during the Advance ending at 35 s.
        Assert.InRange(result.StopDate!.Value, TestEngine.Start.AddSeconds(34), TestEngine.Start.AddSeconds(35));
        var history = await engine.GetExecutionHistoryAsync(new(arn));
        Assert.Contains(history.Events, e => e.Type == HistoryEventTypes.LambdaFunctionTimedOut || e.Type == HistoryEventTypes.TaskTimedOut);
    }

    [Fact]
    public async Task AHeartbeatTimeoutIsRetriedByARetrierNamingStatesHeartbeatTimeout()
    {
        var clock = new VirtualTimeProvider(TestEngine.Start);
        var attempts = 0;
        var definition = Task("""
            "HeartbeatSeconds":5,"Retry":[{"ErrorEquals":["States.HeartbeatTimeout"],"IntervalSeconds":1,"MaxAttempts":1}]
            """);
        var (engine, arn) = await TestEngine.StartAsync(definition, configure: o =>
        {
            o.TimeProvider = clock;
            o.TaskHandlers.ForState("T", async i =>
            {
                if (Interlocked.Increment(ref attempts) == 1)
                {
                    await System.Threading.Tasks.Task.Delay(Timeout.Infinite, i.CancellationToken);
                }

                return new JsonObject { ["attempt"] = attempts };
            });
        });

        await TestEngine.TimerArmedAsync(clock, TestEngine.Start.AddSeconds(5));
        clock.Advance(TimeSpan.FromSeconds(5));
        await System.Threading.Tasks.Task.Delay(100);
        clock.Advance(TimeSpan.FromSeconds(1));
        var result = await engine.WaitForExecutionAsync(arn).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"attempt":2}""", result.Output);
    }

    [Fact]
    public async Task TimeoutSecondsCancelsARunningHandlerOnTheRealClock()
    {
        var (engine, silent) = RealClockEngine();
        var started = DateTimeOffset.UtcNow;
        var result = await engine.RunAsync(Task("\"TimeoutSeconds\":1")).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Timeout", result.Error);
        Assert.True(await silent.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.InRange(DateTimeOffset.UtcNow - started, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task HeartbeatSecondsCancelsASilentHandlerOnTheRealClock()
    {
        var (engine, silent) = RealClockEngine();
        var result = await engine.RunAsync(Task("\"TimeoutSeconds\":60,\"HeartbeatSeconds\":1")).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal("States.Timeout", result.Error);
        Assert.True(await silent.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        var events = (await engine.GetExecutionHistoryAsync(new(result.ExecutionArn))).Events;
        Assert.Equal(HistoryEventTypes.ExecutionFailed, events.Last().Type);
    }

    [Fact]
    public async Task AHandlerThatFinishesInTimeIsNotCancelled()
    {
        var clock = new VirtualTimeProvider(TestEngine.Start);
        var (engine, arn) = await TestEngine.StartAsync(Task("\"TimeoutSeconds\":10,\"HeartbeatSeconds\":5"), configure: o =>
        {
            o.TimeProvider = clock;
            o.TaskHandlers.ForState("T", async i =>
            {
                await System.Threading.Tasks.Task.Yield();
                return new JsonObject { ["ok"] = true };
            });
        });

        var result = await engine.WaitForExecutionAsync(arn).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("""{"ok":true}""", result.Output);
        Assert.Equal(TestEngine.Start, result.StopDate);
    }
}
