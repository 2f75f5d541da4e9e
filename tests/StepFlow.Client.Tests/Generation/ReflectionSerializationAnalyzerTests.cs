using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StepFlow.Generators.Emitting;
using Xunit;

namespace StepFlow.Client.Tests.Generation;

/// <summary>SF1901 warns about reflection serialization exactly where trimming or AOT analysis is on.</summary>
public sealed class ReflectionSerializationAnalyzerTests
{
    [Theory]
    [InlineData("build_property.EnableAotAnalyzer")]
    [InlineData("build_property.EnableTrimAnalyzer")]
    public async Task Warns_on_a_workflow_without_a_context_when_the_project_trims(string property)
    {
        var diagnostic = Assert.Single(await Analyze(WorkflowSources.Untyped, property));

        Assert.Equal("SF1901", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("EchoWorkflow", diagnostic.GetMessage());
        Assert.StartsWith("StateMachine", diagnostic.Location.SourceTree!.ToString().Substring(diagnostic.Location.SourceSpan.Start));
    }

    [Fact]
    public async Task Is_silent_when_the_workflow_names_a_context()
        => Assert.Empty(await Analyze(WorkflowSources.Checkout("Standard"), "build_property.EnableAotAnalyzer"));

    [Fact]
    public async Task Is_silent_in_projects_that_do_not_trim()
        => Assert.Empty(await Analyze(WorkflowSources.Untyped, property: null));

    private static async Task<ImmutableArray<Diagnostic>> Analyze(string source, string? property)
    {
        var compilation = GeneratorHarness.Run(source).Output;
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new BuildProperties(property));
        var analyzed = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ReflectionSerializationAnalyzer()), options);
        return (await analyzed.GetAnalyzerDiagnosticsAsync()).Where(d => d.Id == "SF1901").ToImmutableArray();
    }

    /// <summary>The MSBuild properties the SDK makes visible to analyzers, as a build would pass them.</summary>
    private sealed class BuildProperties : AnalyzerConfigOptionsProvider
    {
        private readonly Values _values;

        public BuildProperties(string? trueProperty) => _values = new Values(trueProperty);

        public override AnalyzerConfigOptions GlobalOptions => _values;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _values;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _values;

        private sealed class Values : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values = new();

            public Values(string? trueProperty)
            {
                if (trueProperty is not null)
                {
                    _values[trueProperty] = "true";
                }
            }

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
