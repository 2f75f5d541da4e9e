using System;
using System.Collections;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.CodeAnalysis;
using StepFlow.Build;
using StepFlow.Generators.Tests.Infrastructure;
using Xunit;

namespace StepFlow.Generators.Tests.Build;

/// <summary>The build task reads the artifacts from metadata and writes them, leaving unchanged files untouched.</summary>
public sealed class ArtifactTaskTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "stepflow-task-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Writes_the_generated_files_and_skips_unchanged_ones()
    {
        var assembly = CompileSample();
        var task = new WriteStateMachineArtifacts { AssemblyPath = assembly, OutputDirectory = Path.Combine(_directory, "out"), BuildEngine = new RecordingEngine() };

        Assert.True(task.Execute());
        Assert.Equal(
            new[] { "DataPipelineWorkflow.asl.json", "DataPipelineWorkflow.mmd", "DataPipelineWorkflow.substitutions.json" },
            task.Files.Select(f => Path.GetFileName(f.ItemSpec)).OrderBy(n => n, StringComparer.Ordinal).ToArray());
        var asl = Path.Combine(_directory, "out", "DataPipelineWorkflow.asl.json");
        Assert.StartsWith("{\n  \"Comment\":", File.ReadAllText(asl));

        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(asl, stamp);
        Assert.True(task.Execute());
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(asl));
    }

    [Fact]
    public void An_unreadable_assembly_is_a_clear_error()
    {
        Directory.CreateDirectory(_directory);
        var bogus = Path.Combine(_directory, "bogus.dll");
        File.WriteAllText(bogus, "not an assembly");
        var engine = new RecordingEngine();
        var task = new WriteStateMachineArtifacts { AssemblyPath = bogus, OutputDirectory = _directory, BuildEngine = engine };

        Assert.False(task.Execute());
        Assert.Contains(engine.Errors, e => e.Code == "SFB001" && e.Message!.Contains("bogus.dll"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private string CompileSample()
    {
        var (_, output) = GeneratorHarness.Run(GeneratorHarness.Compile(Inputs.DataPipeline()));
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "Workflows.dll");
        var emit = output.Emit(path);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return path;
    }

    private sealed class RecordingEngine : IBuildEngine
    {
        public System.Collections.Generic.List<BuildErrorEventArgs> Errors { get; } = new();

        public bool ContinueOnError => false;
        public int LineNumberOfTaskNode => 0;
        public int ColumnNumberOfTaskNode => 0;
        public string ProjectFileOfTaskNode => "test.proj";

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;
        public void LogCustomEvent(CustomBuildEventArgs e) { }
        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);
        public void LogMessageEvent(BuildMessageEventArgs e) { }
        public void LogWarningEvent(BuildWarningEventArgs e) { }
    }
}
