using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StepFlow.Generators.Tests.Infrastructure;
using Xunit;

namespace StepFlow.Generators.Tests;

/// <summary>
/// The generated files declare <c>#nullable enable annotations</c>, so builds skip flow analysis of their bodies. These
/// tests turn the analysis back on for the generated code of representative workflows and require it to be clean, so
/// the code stays correct under the warnings users' projects have on for their own code.
/// </summary>
public sealed class GeneratedCodeNullabilityTests
{
    [Theory]
    [InlineData("DataPipelineWorkflow.cs")]
    [InlineData("OrderFulfillment.cs")]
    [InlineData("NightlyExport.cs")]
    [InlineData("ChoiceOperators.cs")]
    public void Generated_code_has_no_nullable_warnings_with_analysis_on(string input)
    {
        var sources = input == "DataPipelineWorkflow.cs" ? Inputs.DataPipeline() : new[] { Inputs.Read(input) };
        var project = GeneratorHarness.Compile(sources);
        var (result, _) = GeneratorHarness.Run(project);
        var generated = result.Results.SelectMany(r => r.GeneratedSources).ToList();
        Assert.NotEmpty(generated);
        Assert.All(generated, source => Assert.Contains("#nullable enable annotations\n", source.SourceText.ToString(), System.StringComparison.Ordinal));

        var checkedTrees = generated.Select(source => CSharpSyntaxTree.ParseText(
            source.SourceText.ToString().Replace("#nullable enable annotations\n", "#nullable enable\n", System.StringComparison.Ordinal),
            GeneratorHarness.ParseOptions,
            path: source.HintName));
        var warnings = project.AddSyntaxTrees(checkedTrees).GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true)
            .Select(d => d.ToString())
            .ToList();
        Assert.Empty(warnings);
    }
}
