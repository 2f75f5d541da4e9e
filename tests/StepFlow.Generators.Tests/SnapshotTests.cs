using System.Linq;
using Microsoft.CodeAnalysis;
using StepFlow.Asl.Diagrams;
using StepFlow.Asl.Json;
using StepFlow.Generators.Tests.Infrastructure;
using Xunit;

namespace StepFlow.Generators.Tests;

/// <summary>The generated C#, ASL and Mermaid of representative workflows, against checked-in verified files.</summary>
public sealed class SnapshotTests
{
    [Theory]
    [InlineData("DataPipeline", "DataPipelineWorkflow.cs", "DataPipelineWorkflow")]
    [InlineData("OrderFulfillment", "OrderFulfillment.cs", "OrderFulfillment")]
    [InlineData("NightlyExport", "NightlyExport.cs", "NightlyExport")]
    [InlineData("ChoiceOperators", "ChoiceOperators.cs", "ChoiceOperators")]
    public void Generated_sources_match_verified_files(string name, string input, string className)
    {
        var sources = input == "DataPipelineWorkflow.cs" ? Inputs.DataPipeline() : new[] { Inputs.Read(input) };
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Compile(sources));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.Errors(output));
        var generated = GeneratorHarness.Generated(result, className + ".StateMachine.g.cs");
        Snapshot.Verify(name, "g.cs", generated);

        var asl = AslConstant(output, className);
        Snapshot.Verify(name, "asl.json", asl);
        Snapshot.Verify(name, "mmd", MermaidWriter.Write((AslObject)AslJsonReader.Parse(asl)));
    }

    [Fact]
    public void Output_is_byte_identical_across_runs()
    {
        var first = GeneratorHarness.Generated(GeneratorHarness.Run(GeneratorHarness.Compile(Inputs.Read("NightlyExport.cs"))).Result, ".StateMachine.g.cs");
        var second = GeneratorHarness.Generated(GeneratorHarness.Run(GeneratorHarness.Compile(Inputs.Read("NightlyExport.cs"))).Result, ".StateMachine.g.cs");
        Assert.Equal(first, second);
        Assert.DoesNotContain("\r", first);
    }

    /// <summary>The value of the generated AslDefinition constant, as the running program would see it.</summary>
    internal static string AslConstant(Compilation output, string className)
    {
        var type = output.GetSymbolsWithName(className, SymbolFilter.Type).OfType<INamedTypeSymbol>().Single();
        var field = type.GetMembers("AslDefinition").OfType<IFieldSymbol>().Single();
        return (string)field.ConstantValue!;
    }
}
