using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>
/// dotnet run -c Release --project benchmarks/StepFlow.Analyzers.Benchmarks -- --filter '*'   (BenchmarkDotNet)
/// dotnet run -c Release --project benchmarks/StepFlow.Analyzers.Benchmarks -- --phases       (time and bytes per phase)
/// dotnet run -c Release --project benchmarks/StepFlow.Analyzers.Benchmarks -- --rounds       (interleaved wall and CPU medians)
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "--phases")
        {
            PhaseBreakdown.Run(rounds: 5);
            return;
        }

        if (args.Length == 1 && args[0] == "--rounds")
        {
            CostRounds.RunAsync(rounds: 15).GetAwaiter().GetResult();
            return;
        }

        // In process: the generated out-of-process project cannot restore against this repository's central package
        // management offline, and one process keeps both benchmarks on the same JIT-warmed Roslyn.
        var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
