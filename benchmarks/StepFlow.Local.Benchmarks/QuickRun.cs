using System;
using System.Diagnostics;

namespace StepFlow.Local.Benchmarks;

/// <summary><c>quick</c>: a few seconds of wall-clock measurement without BenchmarkDotNet, for a fast look.</summary>
public static class QuickRun
{
    public static void Run()
    {
        var benchmarks = new EngineBenchmarks();
        benchmarks.Setup();
        Measure("PassChain", Workflows.ChainLength, () => benchmarks.PassChainPerTransition().GetAwaiter().GetResult());
        Measure("ChoiceLoop", Workflows.ChoiceLoopTransitions, () => benchmarks.ChoiceLoopPerTransition().GetAwaiter().GetResult());
        Measure("Map10000Items", Workflows.MapItems + 1, () => benchmarks.Map10000Items().GetAwaiter().GetResult());
    }

    private static void Measure(string label, int transitions, Action run)
    {
        for (var i = 0; i < 3; i++)
        {
            run();
        }

        var runs = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(2) || runs < 3)
        {
            run();
            runs++;
        }

        var seconds = watch.Elapsed.TotalSeconds / runs;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)runs / transitions;
        Console.WriteLine($"{label,-14} {seconds * 1000,10:F3} ms/run {transitions / seconds,12:N0} transitions/s {bytes,8:F0} B/transition");
    }
}
