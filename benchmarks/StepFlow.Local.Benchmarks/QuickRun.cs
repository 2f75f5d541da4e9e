using System;
using System.Diagnostics;
using System.Globalization;

namespace StepFlow.Local.Benchmarks;

/// <summary>
/// <c>quick</c>: a few seconds of wall-clock measurement without BenchmarkDotNet, for a fast look, a profiler (one
/// benchmark at a time) or the side-by-side with the npm emulator (<c>--json</c>, read by node/compare.mjs).
/// </summary>
public static class QuickRun
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);

    /// <summary>Runs every benchmark, or only <paramref name="only"/>, for about <paramref name="seconds"/> each.</summary>
    public static void Run(string? only, double seconds, bool json)
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
                var figures = QuickRun.Measure(transitions, run, TimeSpan.FromSeconds(seconds));
                Console.WriteLine(json ? figures.ToJson(label) : figures.ToText(label));
            }
        }
    }

    private static Figures Measure(int transitions, Action run, TimeSpan duration)
    {
        // Warm up for a second (and 3 runs at least): tiered JIT swaps in optimized code for the hot methods only
        // after they have run a while, and a measurement that includes it understates the steady state.
        var warmUp = Stopwatch.StartNew();
        for (var i = 0; i < 3 || warmUp.Elapsed < WarmUp; i++)
        {
            run();
        }

        var runs = 0;
        var best = TimeSpan.MaxValue;
        var allocated = GC.GetTotalAllocatedBytes(true);
        var paused = GC.GetTotalPauseDuration();
        var gen2 = GC.CollectionCount(2);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration || runs < 3)
        {
            var started = watch.Elapsed;
            run();
            var took = watch.Elapsed - started;
            best = took < best ? took : best;
            runs++;
        }

        var elapsed = watch.Elapsed;
        return new Figures(
            transitions,
            elapsed.TotalMilliseconds / runs,
            best.TotalMilliseconds,
            (GC.GetTotalAllocatedBytes(true) - allocated) / (double)runs / transitions,
            (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs,
            (GC.GetTotalPauseDuration() - paused) / elapsed,
            GC.CollectionCount(2) - gen2);
    }

    /// <summary>Mean and best run, allocation per transition, process CPU per run (GC threads included).</summary>
    private sealed record Figures(int Transitions, double MeanMs, double BestMs, double BytesPerTransition, double CpuMs, double GcShare, int Gen2)
    {
        public string ToText(string label) =>
            string.Create(
                CultureInfo.InvariantCulture,
                $"{label,-14} {MeanMs,9:F3} ms/run (best {BestMs:F3}) {Transitions / MeanMs * 1000,11:N0} transitions/s (best {Transitions / BestMs * 1000:N0}) " +
                $"{BytesPerTransition,6:F0} B/transition {CpuMs,8:F3} CPU ms/run, GC pauses {GcShare,4:P0}, {Gen2} gen2");

        public string ToJson(string label) =>
            string.Create(
                CultureInfo.InvariantCulture,
                $$"""{"label":"{{label}}","msPerRun":{{MeanMs:F3}},"bestMsPerRun":{{BestMs:F3}},"bytesPerTransition":{{BytesPerTransition:F0}},"cpuMsPerRun":{{CpuMs:F3}}}""");
    }
}
