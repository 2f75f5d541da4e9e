using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StepFlow.Asl.Json;
using StepFlow.Generators.Parsing;
using StepFlow.Generators.Tests.Infrastructure;
using Xunit;

namespace StepFlow.Generators.Tests.Parsing;

/// <summary>
/// The parser tells StepFlow's member attributes apart by comparing attribute classes by reference first; these tests
/// pin what that must still get right: other attributes beside them, user types that share a name or the namespace,
/// and a method with more attributes than the per-kind bit masks hold.
/// </summary>
public sealed class AttributeKindTests
{
    [Fact]
    public void Each_member_attribute_is_classified_by_its_type()
    {
        var compilation = GeneratorHarness.Compile("""
            using StepFlow;
            public partial class Flow
            {
                [Task(StartAt = true, End = true)]
                [Retry("States.ALL")]
                [Catch("States.ALL", Next = "X")]
                [System.Obsolete]
                public int Run(int input) => input;
            }
            """);
        var known = KnownSymbols.For(compilation);
        var kinds = Method(compilation, "Flow", "Run").GetAttributes().Select(known.KindOf).ToArray();

        Assert.Equal(new[] { StepFlowAttributeKind.Task, StepFlowAttributeKind.Retry, StepFlowAttributeKind.Catch, StepFlowAttributeKind.None }, kinds);
    }

    [Fact]
    public void A_user_attribute_in_the_StepFlow_namespace_is_not_a_member_attribute()
    {
        // Passes the namespace test, so it reaches the full symbol comparison, which must turn it away.
        var compilation = GeneratorHarness.Compile("""
            namespace StepFlow { public sealed class AuditAttribute : System.Attribute { } }
            public partial class Flow
            {
                [StepFlow.Audit]
                public int Run(int input) => input;
            }
            """);
        var known = KnownSymbols.For(compilation);

        Assert.Equal(StepFlowAttributeKind.None, known.KindOf(Method(compilation, "Flow", "Run").GetAttributes().Single()));
    }

    [Fact]
    public void A_user_attribute_named_like_a_StepFlow_attribute_is_not_one()
    {
        var compilation = GeneratorHarness.Compile("""
            namespace Mine { public sealed class RetryAttribute : System.Attribute { public RetryAttribute(string error) { } } }
            public partial class Flow
            {
                [Mine.Retry("States.ALL")]
                public int Run(int input) => input;
            }
            """);
        var known = KnownSymbols.For(compilation);

        Assert.Equal(StepFlowAttributeKind.None, known.KindOf(Method(compilation, "Flow", "Run").GetAttributes().Single()));
    }

    [Fact]
    public void Retriers_past_the_thirty_second_attribute_are_read_in_declaration_order()
    {
        // 40 retriers: positions 32 and later are beyond the bit masks and must be classified again, not dropped.
        var retries = string.Concat(Enumerable.Range(1, 40).Select(i => $"    [Retry(\"Custom.Error{i}\")]\n"));
        var spec = ParseFlow($$"""
            using StepFlow;
            [StateMachine]
            public partial class Flow
            {
            {{retries}}    [Task(StartAt = true, End = true)]
                public int Run(int input) => input;
            }
            """);

        var state = (AslObject)((AslObject)spec.Definition["States"]!)["Run"]!;
        var errors = ((AslArray)state["Retry"]!).Items
            .Select(retrier => ((AslString)((AslArray)((AslObject)retrier)["ErrorEquals"]!).Items[0]).Value)
            .ToArray();
        Assert.Equal(Enumerable.Range(1, 40).Select(i => "Custom.Error" + i), errors);
    }

    [Fact]
    public void A_method_past_the_bit_masks_gains_no_empty_retry_or_catch_array()
    {
        // 33 catchers and no retrier: the overflowing method must still leave Retry out, not write "Retry": [].
        var catches = string.Concat(Enumerable.Range(1, 33).Select(i => $"    [Catch(\"Custom.Error{i}\", Next = \"Run\")]\n"));
        var spec = ParseFlow($$"""
            using StepFlow;
            [StateMachine]
            public partial class Flow
            {
            {{catches}}    [Task(StartAt = true, End = true)]
                public int Run(int input) => input;
            }
            """);

        var state = (AslObject)((AslObject)spec.Definition["States"]!)["Run"]!;
        Assert.Null(state["Retry"]);
        Assert.Equal(33, ((AslArray)state["Catch"]!).Items.Count);
    }

    [Fact]
    public void Known_symbols_are_resolved_once_per_compilation_and_again_for_a_new_one()
    {
        var compilation = GeneratorHarness.Compile("""
            using StepFlow;

            [StateMachine]
            public partial class Flow
            {
                [Task(StartAt = true, End = true)]
                public int Run(int input) => input;
            }
            """);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }"));

        Assert.Same(KnownSymbols.For(compilation), KnownSymbols.For(compilation));
        Assert.NotSame(KnownSymbols.For(compilation), KnownSymbols.For(edited));
        Assert.Equal(StepFlowAttributeKind.Task, KnownSymbols.For(edited).KindOf(Method(edited, "Flow", "Run").GetAttributes()[0]));
    }

    private static Model.WorkflowSpec ParseFlow(string source)
    {
        var compilation = GeneratorHarness.Compile(source);
        var type = compilation.GetTypeByMetadataName("Flow")!;
        var problems = new ProblemCounter();
        var spec = new WorkflowParser(KnownSymbols.For(compilation), problems, CancellationToken.None).Parse(type, type.GetAttributes().Single());
        Assert.Equal(0, problems.Count);
        return spec!;
    }

    private static IMethodSymbol Method(Compilation compilation, string type, string name)
        => compilation.GetTypeByMetadataName(type)!.GetMembers(name).OfType<IMethodSymbol>().Single();
}
