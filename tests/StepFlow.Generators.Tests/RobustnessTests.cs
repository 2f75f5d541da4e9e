using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepFlow.Asl.Json;
using StepFlow.Asl.Validation;
using StepFlow.Generators.Tests.Infrastructure;
using Xunit;

namespace StepFlow.Generators.Tests;

/// <summary>
/// The generator never throws, whatever state the user's code is in, and a broken workflow produces no output
/// rather than wrong output: anything it does emit is ASL the rule engine accepts.
/// </summary>
public sealed class RobustnessTests
{
    private const string RecursiveBranch = """
        using StepFlow;
        [StateMachine]
        public partial class Outer
        {
            [Parallel(StartAt = true, Branches = new[] { typeof(Loop) }, End = true)]
            partial void Fork();
        }
        [Branch]
        public partial class Loop
        {
            [Parallel(StartAt = true, Branches = new[] { typeof(Loop) }, End = true)]
            partial void Again();
        }
        """;

    private const string LoopWithoutExit = """
        using StepFlow;
        [StateMachine]
        public partial class Spin
        {
            [Pass(StartAt = true, Next = nameof(B))] partial void A();
            [Pass(Next = nameof(A))] partial void B();
        }
        """;

    public static IEnumerable<object[]> Variants()
    {
        var sources = Inputs.DataPipeline();
        foreach (var (name, source) in SourceMutations.Of(sources[0], seed: 7))
        {
            yield return new object[] { name, new[] { source, sources[1] } };
        }

        foreach (var (name, source) in SourceMutations.Of(Inputs.Read("OrderFulfillment.cs"), seed: 11).Take(60))
        {
            yield return new object[] { "order: " + name, new[] { source } };
        }

        yield return new object[] { "recursive branch", new[] { RecursiveBranch } };
        yield return new object[] { "loop without exit", new[] { LoopWithoutExit } };
    }

    [Fact]
    public void There_are_at_least_200_variants() => Assert.True(Variants().Count() >= 200, "only " + Variants().Count());

    [Theory]
    [MemberData(nameof(Variants))]
    public void Generator_never_throws_and_emits_only_valid_asl(string name, string[] sources)
    {
        var result = GeneratorHarness.CreateDriver(trackSteps: false).RunGenerators(GeneratorHarness.Compile(sources)).GetRunResult();

        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CS8785" or "AD0001");
        foreach (var generated in result.Results.SelectMany(r => r.GeneratedSources).Where(s => s.HintName.EndsWith(".StateMachine.g.cs", System.StringComparison.Ordinal)))
        {
            var asl = AslDefinition(generated.SyntaxTree);
            var definition = Assert.IsType<AslObject>(AslJsonReader.Parse(asl));
            var errors = AslValidator.Validate(definition).Where(f => f.Severity == AslSeverity.Error).Select(f => f.Rule.Id + " " + f.Message);
            Assert.True(!errors.Any(), name + " emitted invalid ASL: " + string.Join("; ", errors));
        }
    }

    [Fact]
    public void Recursive_branch_and_broken_json_produce_no_output()
    {
        foreach (var source in new[] { RecursiveBranch, Inputs.Read("ChoiceOperators.cs").Replace("\"And\":", "And:") })
        {
            var result = GeneratorHarness.CreateDriver(trackSteps: false).RunGenerators(GeneratorHarness.Compile(source)).GetRunResult();
            Assert.DoesNotContain(result.Results.SelectMany(r => r.GeneratedSources), s => s.HintName.EndsWith(".StateMachine.g.cs", System.StringComparison.Ordinal));
        }
    }

    /// <summary>AWS rejects .sync and activities in Express machines at create time, so such a class gets no ASL.</summary>
    [Fact]
    public void An_express_workflow_with_a_sync_task_produces_no_output()
    {
        var standard = Inputs.Read("NightlyExport.cs");
        var express = standard.Replace("Type = WorkflowType.Standard", "Type = WorkflowType.Express");
        Assert.NotEqual(standard, express);

        Assert.Contains(StateMachineSources(standard), s => s.HintName.EndsWith(".StateMachine.g.cs", System.StringComparison.Ordinal));
        Assert.DoesNotContain(StateMachineSources(express), s => s.HintName.EndsWith(".StateMachine.g.cs", System.StringComparison.Ordinal));
    }

    private static System.Collections.Generic.IEnumerable<GeneratedSourceResult> StateMachineSources(string source)
        => GeneratorHarness.CreateDriver(trackSteps: false).RunGenerators(GeneratorHarness.Compile(source)).GetRunResult().Results.SelectMany(r => r.GeneratedSources);

    private static string AslDefinition(SyntaxTree generated)
    {
        var field = generated.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.Text == "AslDefinition");
        return ((LiteralExpressionSyntax)field.Initializer!.Value).Token.ValueText;
    }
}
