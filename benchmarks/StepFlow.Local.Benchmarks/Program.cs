using System;
using System.IO;
using BenchmarkDotNet.Running;
using StepFlow.Local.Benchmarks;

// `quick` measures for a few seconds without BenchmarkDotNet; `export-definitions DIR` writes the workflows for the npm emulator comparison (node/run.mjs).
if (args.Length == 2 && args[0] == "export-definitions")
{
    Directory.CreateDirectory(args[1]);
    File.WriteAllText(Path.Combine(args[1], "pass-chain.asl.json"), Workflows.PassChain());
    File.WriteAllText(Path.Combine(args[1], "choice-loop.asl.json"), Workflows.ChoiceLoop());
    File.WriteAllText(Path.Combine(args[1], "map.asl.json"), Workflows.Map);
    File.WriteAllText(Path.Combine(args[1], "small-payload.json"), Workflows.SmallPayload);
    File.WriteAllText(Path.Combine(args[1], "map-input.json"), Workflows.MapInput());
    Console.WriteLine("Definitions written to " + Path.GetFullPath(args[1]));
    return;
}

if (args.Length >= 1 && args[0] == "quick")
{
    QuickRun.Run(args.Length > 1 ? args[1] : null, args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
