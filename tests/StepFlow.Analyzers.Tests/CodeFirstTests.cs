using System.IO;
using System.Linq;
using System.Threading.Tasks;
using StepFlow.Analyzers.Tests.Support;
using Xunit;

namespace StepFlow.Analyzers.Tests;

/// <summary>The checks only the C# side can make, each with its valid form.</summary>
public sealed class CodeFirstTests
{
    [Fact]
    public Task Class_not_partial() => AnalyzerAssert.ReportsAsync("SF1001", """
        using StepFlow;
        [StateMachine]
        public class [|Flow|]
        {
            [Pass(StartAt = true, End = true)] void Only() { }
        }
        """);

    [Fact]
    public Task Partial_class_is_silent() => AnalyzerAssert.ReportsAsync("SF1001", """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Pass(StartAt = true, End = true)] partial void Only();
        }
        """);

    [Fact]
    public Task Nameof_a_member_that_is_not_a_state() => AnalyzerAssert.ReportsAsync("SF1004", """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Pass(StartAt = true, [|Next = nameof(Helper)|])] partial void Load();
            [Succeed] partial void Done();
            private void Helper() { }
        }
        """);

    [Fact]
    public async Task Nameof_a_non_state_replaces_the_unknown_state_diagnostic()
    {
        var diagnostics = await TestCompilation.AnalyzeAsync("""
            using StepFlow;
            [StateMachine]
            public partial class Flow
            {
                [Pass(StartAt = true, Next = nameof(Helper))] partial void Load();
                private void Helper() { }
            }
            """);
        Assert.Contains(diagnostics, d => d.Id == "SF1004");
        Assert.DoesNotContain(diagnostics, d => d.Id == "SF2001");
    }

    [Fact]
    public Task Task_parameter_that_cannot_be_serialized() => AnalyzerAssert.ReportsAsync("SF1003", """
        using System;
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Task(StartAt = true, End = true)] public int Run(Func<int> [|callback|]) => callback();
        }
        """);

    [Fact]
    public Task Task_with_serializable_types_is_silent() => AnalyzerAssert.ReportsAsync("SF1003", """
        using StepFlow;
        public sealed record Order(string Id, decimal Total);
        [StateMachine]
        public partial class Flow
        {
            [Task(StartAt = true, End = true)] public Order Run(Order order) => order;
        }
        """);

    [Fact]
    public Task Unsupported_task_signature() => AnalyzerAssert.ReportsAsync("SF1002", """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [[|Task(StartAt = true, End = true)|]] public int Run(int a, int b) => a + b;
        }
        """);

    [Fact]
    public Task Branch_type_not_marked() => AnalyzerAssert.ReportsAsync("SF1005", """
        using StepFlow;
        public partial class Side
        {
            [Pass(StartAt = true, End = true)] partial void Only();
        }
        [StateMachine]
        public partial class Flow
        {
            [Parallel(StartAt = true, [|Branches = new[] { typeof(Side) }|], End = true)] partial void Fan();
        }
        """);

    [Fact]
    public Task Invalid_json_argument() => AnalyzerAssert.ReportsAsync("SF1006", """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Pass(StartAt = true, [|Parameters = "{ not json"|], End = true)] partial void Only();
        }
        """);

    [Fact]
    public Task Two_start_states() => AnalyzerAssert.ReportsAsync("SF1008", """
        using StepFlow;
        [StateMachine]
        public partial class Flow
        {
            [Pass(StartAt = true, Next = nameof(B))] partial void A();
            [Pass([|StartAt = true|], End = true)] partial void B();
        }
        """);

    [Fact]
    public Task Output_type_that_cannot_feed_the_next_input() => AnalyzerAssert.ReportsAsync("SF8001", """
        using StepFlow;
        public sealed record Order(string Id);
        [StateMachine]
        public partial class Flow
        {
            [Task(StartAt = true, [|Next = nameof(Charge)|])] public string Load(Order order) => order.Id;
            [Task(End = true)] public int Charge(Order order) => 1;
        }
        """);

    [Fact]
    public Task Matching_or_reshaped_types_are_silent() => AnalyzerAssert.ReportsAsync("SF8001", """
        using StepFlow;
        public sealed record Order(string Id);
        [StateMachine]
        public partial class Flow
        {
            [Task(StartAt = true, Next = nameof(Check))] public Order Load(Order order) => order;
            [Task(Next = nameof(Charge), ResultPath = "$.id")] public string Check(Order order) => order.Id;
            [Task(End = true)] public int Charge(Order order) => 1;
        }
        """);

    [Fact]
    public async Task The_DataPipeline_sample_is_clean()
    {
        var root = RepositoryRoot.Find();
        var sources = Directory.GetFiles(Path.Combine(root, "samples", "DataPipeline"), "*.cs").Where(f => !f.EndsWith("Program.cs")).Select(File.ReadAllText).ToArray();
        await AnalyzerAssert.CleanAsync(sources);
    }
}
