using System;
using System.IO;

namespace StepFlow.Generators.Tests.Infrastructure;

/// <summary>The workflow sources the tests compile (copied beside the test assembly).</summary>
internal static class Inputs
{
    public static string Read(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Inputs", fileName));

    /// <summary>
    /// The sample's workflow and models. Its JsonSerializerContext needs the System.Text.Json source generator, which
    /// these compilations do not run, so the workflow is compiled without naming it.
    /// </summary>
    public static string[] DataPipeline()
        => new[] { Read("DataPipelineWorkflow.cs").Replace(", SerializerContext = typeof(DataPipelineJsonContext)", string.Empty), Read("Models.cs") };
}
