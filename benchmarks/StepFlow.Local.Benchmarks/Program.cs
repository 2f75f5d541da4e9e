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
    // quick [--json] [NAME|all [SECONDS]]
    var json = args.Length > 1 && args[1] == "--json";
    var rest = args[(json ? 2 : 1)..];
    QuickRun.Run(rest.Length > 0 && rest[0] != "all" ? rest[0] : null, rest.Length > 1 ? double.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : 2, json);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
