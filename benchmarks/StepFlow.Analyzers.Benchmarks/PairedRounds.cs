using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>
/// `-- --paired N [warm-up rounds]`: each round compiles the synthetic project without analyzers (the baseline), then
/// runs StepFlow's symbol action on every type of that same, now bound, compilation, as the compiler's analyzer driver
/// does once a type's declaration is complete. Baseline and action are measured back to back in every round, so a
/// slow phase of the shared machine hits both; the figures are medians of the per-round ratios, in wall time and in
/// process CPU time. CPU time is the fairer of the two: the compile binds on both cores (concurrent build) while the
/// action here runs on one thread, and csc's driver runs analyzer actions alongside its own binding.
/// </summary>
public static class PairedRounds
{
    public static void Run(int rounds, int warmupRounds)
    {
        var trees = SyntheticProject.Parse();
        var compile = new List<Sample>();
        var action = new List<Sample>();
        for (var round = -warmupRounds; round < rounds; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var compilation = SyntheticProject.Compile(trees);
            var compiled = Sample.Of(() =>
            {
                using var stream = new MemoryStream();
                if (!compilation.Emit(stream).Success)
                {
                    throw new InvalidDataException("the synthetic project should compile");
                }
            });

            var types = SourceTypes.Of(compilation);
            var reported = 0;
            var analyzed = Sample.Of(() => reported = AnalyzerWorkBenchmarks.AnalyzeAll(compilation, types));
            if (reported != 0)
            {
                throw new InvalidDataException("the synthetic project should be clean");
            }

            if (round >= 0)
            {
                compile.Add(compiled);
                action.Add(analyzed);
            }
        }

        Console.WriteLine($"compile without analyzers  wall {Median(compile, s => s.Wall),6:F1} ms  CPU {Median(compile, s => s.Cpu),6:F1} ms  of which collections paused {Median(compile, s => s.Paused):F1} ms (medians)");
        Console.WriteLine($"StepFlow's symbol action   wall {Median(action, s => s.Wall),6:F1} ms  CPU {Median(action, s => s.Cpu),6:F1} ms  of which collections paused {Median(action, s => s.Paused):F1} ms (medians)");
        var wall = action.Zip(compile, (a, c) => a.Wall / c.Wall).ToList();
        var cpu = action.Zip(compile, (a, c) => a.Cpu / c.Cpu).ToList();
        Console.WriteLine(
            $"action / compile over {rounds} paired rounds after {warmupRounds} warm-up rounds: wall median {Median(wall, r => r):P1} (range {wall.Min():P1} to {wall.Max():P1}), " +
            $"CPU median {Median(cpu, r => r):P1} (range {cpu.Min():P1} to {cpu.Max():P1})");
    }

    private static double Median<T>(List<T> values, Func<T, double> select)
    {
        var sorted = values.Select(select).OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>One measurement: wall time, the whole process's CPU time (collector threads included), collection pauses.</summary>
    private readonly record struct Sample(double Wall, double Cpu, double Paused)
    {
        public static Sample Of(Action work)
        {
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var pausedBefore = GC.GetTotalPauseDuration();
            var watch = Stopwatch.StartNew();
            work();
            var wall = watch.Elapsed.TotalMilliseconds;
            process.Refresh();
            return new Sample(wall, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds, (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds);
        }
    }
}
