using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local;

namespace StepFlow.Conformance.Tests;

/// <summary>What the Lambda functions of cases without recorded task results did, taken from the test sources
/// (Fixtures/Lambda, one file per case; see Fixtures/README.md): either the function's code is an echo, or the same
/// function was recorded with the same input by another case, whose task results are replayed.</summary>
internal static class LambdaFixtures
{
    private static readonly Dictionary<string, JsonObject> ByCase = FixtureFiles.Load("Lambda");

    public static bool Covers(ConformanceCase testCase) => ByCase.ContainsKey(testCase.Name);

    /// <summary>The task results to replay: the case's own, or those of the case its fixture names.</summary>
    public static JsonArray? TaskResults(ConformanceCase testCase)
    {
        if (ByCase.TryGetValue(testCase.Name, out var fixture) && fixture["recordedIn"] is { } other)
        {
            var meta = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Conformance, "cases_services", other.GetValue<string>(), "meta.json")))!;
            return meta["task_results"] as JsonArray;
        }

        return testCase.Meta["task_results"] as JsonArray;
    }

    /// <summary>Registers the echo function for cases whose fixture says the Lambda returns its event.</summary>
    public static void AttachEcho(ConformanceCase testCase, LocalStepFunctionsEngine engine)
    {
        if (ByCase.TryGetValue(testCase.Name, out var fixture) && fixture["behaviour"]?.GetValue<string>() == "echo")
        {
            engine.Options.TaskHandlers.Fallback = invocation => new ValueTask<JsonNode?>(invocation.Input?.DeepClone());
        }
    }
}
