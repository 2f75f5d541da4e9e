using System;
using BenchmarkDotNet.Running;

namespace StepFlow.Generators.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "profile")
        {
            StepProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
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
