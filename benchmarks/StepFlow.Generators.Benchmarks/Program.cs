using System;
using BenchmarkDotNet.Running;

namespace StepFlow.Generators.Benchmarks;

/// <summary>
/// dotnet run -c Release -- --filter '*' --job short --inProcess   (BenchmarkDotNet; the class sets 60 warm-up iterations: steady state)
/// dotnet run -c Release -- profile [N]          (where a run's time goes, per pipeline step; emit allocations of the generated code)
/// dotnet run -c Release -- steady N             (medians per five rounds: watch the JIT's tiering settle; GC pauses)
/// dotnet run -c Release -- real-csc [N] [--server]   (the SDK's csc: a fresh process per build (cold), or the compiler server (warm))
/// dotnet run -c Release -- export-sources DIR   (the synthetic project as files)
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "profile")
        {
            StepProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
            return;
        }

        if (args.Length > 0 && args[0] == "real-csc")
        {
            RealCsc.Run(
                args.Length > 1 && args[1] != "--server" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5,
                server: Array.IndexOf(args, "--server") > 0);
            return;
        }

        if (args.Length == 2 && args[0] == "steady")
        {
            SteadyRounds.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (args.Length == 2 && args[0] == "export-sources")
        {
            // The synthetic project as files, to build with a real csc (e.g. with and without the generator).
            System.IO.Directory.CreateDirectory(args[1]);
            foreach (var tree in SyntheticProject.Parse(100, 20))
            {
                System.IO.File.WriteAllText(System.IO.Path.Combine(args[1], tree.FilePath), tree.ToString());
            }

            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
