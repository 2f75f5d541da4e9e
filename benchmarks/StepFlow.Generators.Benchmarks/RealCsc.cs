using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace StepFlow.Generators.Benchmarks;

/// <summary>
/// `-- real-csc [ROUNDS] [--server]`: the synthetic project built by the SDK's own compiler (csc.dll, precompiled): each
/// build a fresh process (a cold command-line build), or through the compiler server (warm), with no StepFlow component, with the generator,
/// with the analyzers, and with both as the package ships them. Rounds are interleaved; medians of wall time. This is
/// the first build of a session (CI's usual case), or, with --server, the builds `dotnet build` makes after it.
/// An analyzer that registers the same symbol action and does nothing gives the analyzer driver's own cost.
/// </summary>
internal static class RealCsc
{
    /// <param name="server">
    /// Build through the compiler server (VBCSCompiler, as `dotnet build` does) after 25 unmeasured rounds, so the
    /// server has loaded the components and the JIT has optimized them: the warm build. Otherwise each build is a
    /// fresh csc process: the cold one.
    /// </param>
    public static void Run(int rounds, bool server)
    {
        var folder = Path.Combine(Path.GetTempPath(), "stepflow-real-csc-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        try
        {
            var sources = new List<string>();
            foreach (var tree in SyntheticProject.Parse(100, 20))
            {
                var path = Path.Combine(folder, tree.FilePath);
                File.WriteAllText(path, tree.ToString());
                sources.Add(path);
            }

            var here = AppContext.BaseDirectory;
            var generator = Path.Combine(here, "StepFlow.Generators.dll");
            var analyzers = Path.Combine(here, "StepFlow.Analyzers.dll");
            var empty = EmptyAnalyzerAssembly.Write(folder);
            var configurations = new (string Name, string[] Analyzers)[]
            {
                ("no StepFlow component", Array.Empty<string>()),
                ("empty symbol analyzer (driver cost)", new[] { empty }),
                ("generator", new[] { generator }),
                ("analyzers", new[] { analyzers }),
                ("generator + analyzers (the package)", new[] { generator, analyzers }),
            };
            var compiler = FindCsc();
            Console.WriteLine($"compiler: {compiler}");
            var wall = configurations.ToDictionary(c => c.Name, _ => new List<double>());
            var pipe = server ? "stepflow-bench-" + Environment.ProcessId : null;
            for (var round = server ? -25 : -1; round < rounds; round++)
            {
                foreach (var (name, chosen) in configurations)
                {
                    var response = Path.Combine(folder, "build.rsp");
                    File.WriteAllLines(response, Arguments(folder, sources, chosen));
                    var elapsed = Compile(compiler, response, pipe);
                    if (round >= 0)
                    {
                        wall[name].Add(elapsed);
                    }
                }
            }

            if (pipe is not null)
            {
                Shutdown(compiler, pipe);
            }

            var baseline = Median(wall[configurations[0].Name]);
            foreach (var (name, _) in configurations)
            {
                var median = Median(wall[name]);
                Console.WriteLine($"{name,-36} wall median {median,6:F0} ms  (+{(median - baseline) / baseline:P0})");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<string> Arguments(string folder, IEnumerable<string> sources, IEnumerable<string> analyzers)
    {
        yield return "/nologo";
        yield return "/nostdlib+";
        yield return "/target:library";
        yield return "/langversion:latest";
        yield return "/deterministic+";
        yield return "/out:" + Path.Combine(folder, "Synthetic.dll");
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        foreach (var reference in trusted.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll"))
        {
            yield return "/reference:\"" + reference + "\"";
        }

        yield return "/reference:\"" + typeof(StateMachineAttribute).Assembly.Location + "\"";
        foreach (var analyzer in analyzers)
        {
            yield return "/analyzer:\"" + analyzer + "\"";
        }

        foreach (var source in sources)
        {
            yield return "\"" + source + "\"";
        }
    }

    private static double Compile(string compiler, string response, string? pipe)
    {
        var shared = pipe is null ? string.Empty : " /shared:" + pipe;
        var start = new ProcessStartInfo(Environment.ProcessPath!, $"\"{compiler}\" /noconfig{shared} @\"{response}\"")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0 || output.Contains(": warning ", StringComparison.Ordinal) || output.Contains(": error ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the synthetic project should build clean:\n" + output);
        }

        return elapsed;
    }

    private static void Shutdown(string compiler, string pipe)
    {
        var server = Path.Combine(Path.GetDirectoryName(compiler)!, "VBCSCompiler.dll");
        using var process = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, $"\"{server}\" -shutdown -pipename:{pipe}") { UseShellExecute = false })!;
        process.WaitForExit();
    }

    /// <summary>The newest SDK's csc.dll next to the running dotnet host.</summary>
    private static string FindCsc()
    {
        var sdks = Path.Combine(Path.GetDirectoryName(Environment.ProcessPath)!, "sdk");
        return Directory.GetDirectories(sdks)
            .Select(sdk => Path.Combine(sdk, "Roslyn", "bincore", "csc.dll"))
            .Where(File.Exists)
            .OrderBy(path => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(path)))), out var version) ? version : new Version())
            .Last();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}
