using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using StepFlow.Local.Maps.S3;

namespace StepFlow.Conformance.Tests;

/// <summary>The S3 objects LocalStack's tests uploaded before running an ItemReader case (Fixtures/S3, one file per
/// test function; see Fixtures/README.md). They are the cases' input data, never expected results.</summary>
internal static class S3Fixtures
{
    private static readonly Dictionary<string, JsonObject> ByTestFunction = FixtureFiles.Load("S3");

    public static bool Covers(ConformanceCase testCase) => ByTestFunction.ContainsKey(testCase.TestFunction);

    /// <summary>A store holding the objects the case's test uploaded (empty when there is no fixture).</summary>
    public static InMemoryObjectStore StoreFor(ConformanceCase testCase, TimeProvider clock)
    {
        var store = new InMemoryObjectStore(clock);
        if (ByTestFunction.TryGetValue(testCase.TestFunction, out var fixture))
        {
            var bucket = fixture["bucket"]!.GetValue<string>();
            foreach (var entry in (JsonArray)fixture["objects"]!)
            {
                store.Put(bucket, entry!["key"]!.GetValue<string>(), entry["body"]!.GetValue<string>());
            }
        }

        return store;
    }
}
