using System.Globalization;
using BenchmarkDotNet.Running;

namespace StepFlow.Jsonata.Benchmarks;

/// <summary>
/// Entry point. <c>--compare [node-results.jsonl] [seconds]</c> runs the CPU-time comparison with jsonata-js;
/// anything else goes to BenchmarkDotNet (e.g. <c>--filter *</c>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--compare")
        {
            string? nodeResults = args.Length > 1 ? args[1] : null;
            double seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 2;
            CpuTimeComparison.Run(nodeResults, seconds);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
