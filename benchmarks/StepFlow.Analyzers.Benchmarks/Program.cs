using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>
/// dotnet run -c Release --project benchmarks/StepFlow.Analyzers.Benchmarks -- --filter '*'   (BenchmarkDotNet)
/// dotnet run -c Release --project benchmarks/StepFlow.Analyzers.Benchmarks -- --phases       (time and bytes per phase)
/// dotnet run -c Release --project benchmarks/StepFlow.Analyzers.Benchmarks -- --paired N [W]  (compile, then the action on that compilation, N paired rounds after W warm-up rounds (60): median ratios, wall and CPU)
/// dotnet run -c Release --project benchmarks/StepFlow.Analyzers.Benchmarks -- --rounds [N]   (interleaved wall and CPU medians after N warm-up rounds, default 25)
/// dotnet run -c Release --project benchmarks/StepFlow.Analyzers.Benchmarks -- --rules N      (validation only, N rounds, per 10 rounds: watch tiering settle)
/// dotnet run -c Release --project benchmarks/StepFlow.Analyzers.Benchmarks -- --parse N      (the parser only, likewise)
/// dotnet run -c Release --project benchmarks/StepFlow.Analyzers.Benchmarks -- --analyze N    (the whole symbol action, likewise)
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length is 2 or 3 && args[0] == "--paired")
        {
            PairedRounds.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 60);
            return;
        }

        if (args.Length == 1 && args[0] == "--phases")
        {
            PhaseBreakdown.Run(rounds: 5);
            return;
        }

        if (args.Length == 2 && (args[0] is "--rules" or "--parse" or "--analyze"))
        {
            PhaseLoop.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[0]);
            return;
        }

        if (args.Length is 1 or 2 && args[0] == "--rounds")
        {
            var warmup = args.Length == 2 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 25;
            CostRounds.RunAsync(rounds: 15, warmupRounds: warmup).GetAwaiter().GetResult();
            return;
        }

        // In process: the generated out-of-process project cannot restore against this repository's central package
        // management offline, and one process keeps both benchmarks on the same JIT-warmed Roslyn.
        var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
