using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;

namespace StepFlow.Jsonata.Benchmarks;

/// <summary>
/// <c>--compare [node-results.jsonl]</c>: evaluations per second of CPU time for every expression, optionally side by
/// side with the output of <c>node node/bench.js</c>. CPU time keeps the ratio meaningful on a shared machine,
/// where wall-clock figures of two runs taken minutes apart are not comparable.
/// </summary>
public static class CpuTimeComparison
{
    public static void Run(string? nodeResultsPath, double seconds)
    {
        Dictionary<string, double> reference = nodeResultsPath is null ? new() : ReadNode(nodeResultsPath);
        JsonataResult input = JsonataResult.FromJson(BenchmarkInputs.Data);
        using Process process = Process.GetCurrentProcess();
        Console.WriteLine("| expression | StepFlow.Jsonata evals/s (CPU) | jsonata-js evals/s (CPU) | ratio |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, text) in BenchmarkInputs.Expressions)
        {
            JsonataExpression expression = JsonataExpression.Parse(text);
            // Long enough for tiered compilation to reach optimized code for this expression's paths.
            var warmup = Stopwatch.StartNew();
            while (warmup.Elapsed.TotalSeconds < Math.Max(0.5, seconds / 2)) expression.Evaluate(input, null);
            process.Refresh();
            TimeSpan cpuStart = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            long count = 0;
            while (wall.Elapsed.TotalSeconds < seconds)
            {
                for (int i = 0; i < 10; i++) expression.Evaluate(input, null);
                count += 10;
            }
            process.Refresh();
            double rate = count / (process.TotalProcessorTime - cpuStart).TotalSeconds;
            string node = reference.TryGetValue(name, out double r) ? r.ToString("N0", CultureInfo.InvariantCulture) : "-";
            string ratio = reference.TryGetValue(name, out double rr) ? (rate / rr).ToString("0.0", CultureInfo.InvariantCulture) + "x" : "-";
            Console.WriteLine($"| {name} | {rate.ToString("N0", CultureInfo.InvariantCulture)} | {node} | {ratio} |");
        }
    }

    private static Dictionary<string, double> ReadNode(string path)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0) continue;
            JsonNode entry = JsonNode.Parse(line)!;
            result[(string)entry["name"]!] = (double)entry["cpuPerSecond"]!;
        }
        return result;
    }
}
