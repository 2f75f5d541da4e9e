using System;
using System.Diagnostics;

namespace StepFlow.Local.Benchmarks;

/// <summary><c>quick</c>: a few seconds of wall-clock measurement without BenchmarkDotNet, for a fast look.</summary>
public static class QuickRun
{
    /// <summary>Runs every benchmark, or only <paramref name="only"/> (for a profiler), for about
    /// <paramref name="seconds"/> each.</summary>
    public static void Run(string? only, double seconds)
    {
        var benchmarks = new EngineBenchmarks();
        benchmarks.Setup();
        Measure("PassChain", Workflows.ChainLength, () => benchmarks.PassChainPerTransition().GetAwaiter().GetResult());
        Measure("ChoiceLoop", Workflows.ChoiceLoopTransitions, () => benchmarks.ChoiceLoopPerTransition().GetAwaiter().GetResult());
        Measure("Map10000Items", Workflows.MapItems + 1, () => benchmarks.Map10000Items().GetAwaiter().GetResult());

        void Measure(string label, int transitions, Action run)
        {
            if (only is null || only == label)
            {
                QuickRun.Measure(label, transitions, run, TimeSpan.FromSeconds(seconds));
            }
        }
    }

    private static void Measure(string label, int transitions, Action run, TimeSpan duration)
    {
        for (var i = 0; i < 3; i++)
        {
            run();
        }

        var runs = 0;
        var allocated = GC.GetTotalAllocatedBytes(true);
        var paused = GC.GetTotalPauseDuration();
        var gen2 = GC.CollectionCount(2);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration || runs < 3)
        {
            run();
            runs++;
        }

        var elapsed = watch.Elapsed;
        var seconds = elapsed.TotalSeconds / runs;
        var bytes = (GC.GetTotalAllocatedBytes(true) - allocated) / (double)runs / transitions;
        var gcShare = (GC.GetTotalPauseDuration() - paused) / elapsed;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / runs;
        Console.WriteLine(
            $"{label,-14} {seconds * 1000,10:F3} ms/run {transitions / seconds,12:N0} transitions/s {bytes,8:F0} B/transition " +
            $"{cpuSeconds * 1000,8:F3} CPU ms/run  GC pauses {gcShare,4:P0}, {GC.CollectionCount(2) - gen2} gen2");
    }
}
