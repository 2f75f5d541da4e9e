using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using StepFlow.Asl.Validation;
using StepFlow.Generators.Parsing;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>
/// `-- --rules N` / `-- --parse N`: one phase of the analyzer's work, repeated N times on the bound synthetic project,
/// with the mean of every ten rounds. The first rounds run tier-0 code; the JIT's tiering settles after 30 to 80
/// rounds here, which is why a short benchmark job overstates the warm cost.
/// </summary>
public static class RulesLoop
{
    public static void Run(int repeats, bool parse)
    {
        var compilation = SyntheticProject.Compile(SyntheticProject.Parse());
        using (var stream = new MemoryStream())
        {
            compilation.Emit(stream);
        }

        var known = KnownSymbols.Create(compilation);
        var types = WorkflowTypes.Find(compilation, known);

        var specs = types.Select(t => new WorkflowParser(known, new OriginSink(), CancellationToken.None).Parse(t.Type, t.Machine)!).ToList();
        var watch = Stopwatch.StartNew();
        for (var round = 1; round <= repeats; round++)
        {
            if (parse)
            {
                foreach (var (type, machine) in types)
                {
                    new WorkflowParser(known, new OriginSink(), CancellationToken.None).Parse(type, machine);
                }
            }
            else
            {
                specs.ForEach(spec => AslValidator.Validate(spec.Definition));
            }

            if (round % 10 == 0)
            {
                Console.WriteLine($"rounds {round - 9}-{round}: {watch.Elapsed.TotalMilliseconds / 10:F1} ms per round");
                watch.Restart();
            }
        }
    }
}
