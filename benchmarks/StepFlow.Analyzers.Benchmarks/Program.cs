using BenchmarkDotNet.Running;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>Run with: dotnet run -c Release --project benchmarks/StepFlow.Analyzers.Benchmarks</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
