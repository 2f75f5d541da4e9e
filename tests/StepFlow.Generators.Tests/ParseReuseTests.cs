using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using StepFlow.Generators.Reuse;
using StepFlow.Generators.Tests.Infrastructure;
using Xunit;

namespace StepFlow.Generators.Tests;

/// <summary>
/// A re-run reuses a workflow's parse only while every file it was read from is unchanged: whatever is edited, the
/// re-run's output must equal a fresh run's over the same compilation, and an unrelated edit must reuse every parse.
/// Runs alone (<see cref="ParseReuseCollection"/>): the reuse counter is process-wide, and another test's re-run in
/// parallel would make the reuse assertion pass whether or not this test's re-run reused anything.
/// </summary>
[Collection(ParseReuseCollection.Name)]
public sealed class ParseReuseTests
{
    private const string Workflow = """
        using System.Threading.Tasks;
        using StepFlow;
        using Shared;
        namespace Flows;

        [StateMachine]
        public partial class Ingest
        {
            [Task(StartAt = true, Next = nameof(Fan))]
            [Retry("States.TaskFailed", MaxAttempts = 2, JitterStrategy = JitterStrategy.Full)]
            public Task<Payload> Load(Payload input) => Task.FromResult(input);

            [Parallel(Branches = new[] { typeof(Audit) }, End = true)]
            partial void Fan();
        }
        """;

    private const string Branch = """
        using StepFlow;
        namespace Flows;

        [Branch]
        public partial class Audit
        {
            [Pass(StartAt = true, Next = nameof(Done))]
            partial void Note();

            [Succeed]
            partial void Done();
        }
        """;

    private const string Model = "namespace Shared { public sealed class Payload { public string? Id { get; set; } } }";

    private const string Unrelated = "namespace Other { public static class Helper { public static int Value => 1; } }";

    [Fact]
    public void An_unrelated_edit_reuses_the_parse_and_changes_nothing()
    {
        var before = WorkflowReuse.ReusedCount;
        var (incremental, fresh) = RunAfterEdit(Unrelated, Unrelated.Replace("Value => 1", "Value => 2"));

        Assert.Equal(fresh, incremental);

        // Exactly the one workflow of the edited compilation; the fresh run parses new trees and reuses nothing.
        Assert.Equal(before + 1, WorkflowReuse.ReusedCount);
    }

    [Fact]
    public void Editing_a_branch_class_in_another_file_reparses()
    {
        var (incremental, fresh) = RunAfterEdit(Branch, Branch.Replace("[Pass(StartAt = true", "[Pass(Comment = \"edited\", StartAt = true"));

        Assert.Equal(fresh, incremental);
        Assert.Contains(incremental.Values, text => text.Contains("edited", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Changing_a_payload_type_from_class_to_struct_reparses()
    {
        var (incremental, fresh) = RunAfterEdit(Model, Model.Replace("sealed class Payload", "struct Payload"));

        Assert.Equal(fresh, incremental);
    }

    [Fact]
    public void A_new_type_that_captures_a_name_reparses()
    {
        // Flows.Payload is found before the using directive's Shared.Payload once it exists.
        var capturing = Unrelated + " namespace Flows { public sealed class Payload { public int Count { get; set; } } }";
        var (incremental, fresh) = RunAfterEdit(Unrelated, capturing);

        Assert.Equal(fresh, incremental);
        Assert.Contains(fresh.Values, text => text.Contains("Flows.Payload", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_record_in_a_file_scoped_namespace_captures_a_name_and_reparses()
    {
        // The environment reads declared names from syntax: a record under a file-scoped namespace must count too.
        var (incremental, fresh) = RunAfterEdit(Unrelated, "namespace Flows;\npublic sealed record Payload(int Count);");

        Assert.Equal(fresh, incremental);
        Assert.Contains(fresh.Values, text => text.Contains("Flows.Payload", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_constant_from_another_file_is_read_afresh()
    {
        var workflow = Workflow.Replace("[Retry(\"States.TaskFailed\"", "[Retry(Errors.Transient");
        const string Errors = "namespace Flows { public static class Errors { public const string Transient = \"Custom.One\"; } }";
        var sources = new[] { workflow, Branch, Model, Errors };
        var (incremental, fresh) = RunAfterEdit(sources, Errors, Errors.Replace("Custom.One", "Custom.Two"));

        Assert.Equal(fresh, incremental);
        Assert.Contains(incremental.Values, text => text.Contains("Custom.Two", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_global_using_added_elsewhere_reparses()
    {
        var workflow = Workflow.Replace("using Shared;\n", string.Empty).Replace("using Shared;\r\n", string.Empty);
        var sources = new[] { workflow, Branch, Model, "global using Shared;", Unrelated };
        var (incremental, fresh) = RunAfterEdit(sources, "global using Shared;", "global using Shared;\nglobal using Payload = Other.Box;\nnamespace Other { public sealed class Box { } }");

        Assert.Equal(fresh, incremental);
        Assert.Contains(fresh.Values, text => text.Contains("global::Other.Box", System.StringComparison.Ordinal));
    }

    private static (Dictionary<string, string> Incremental, Dictionary<string, string> Fresh) RunAfterEdit(string oldText, string newText)
        => RunAfterEdit(new[] { Workflow, Branch, Model, Unrelated }, oldText, newText);

    /// <summary>Runs a driver, edits one file, re-runs it; returns that output and a new driver's over the same sources parsed anew.</summary>
    private static (Dictionary<string, string> Incremental, Dictionary<string, string> Fresh) RunAfterEdit(string[] sources, string oldText, string newText)
    {
        var compilation = GeneratorHarness.Compile(sources);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        Assert.NotEmpty(Outputs(driver));

        var tree = compilation.SyntaxTrees.Single(t => t.ToString() == oldText);
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(newText)));
        var incremental = Outputs(driver.RunGenerators(edited));

        // Parsed anew, so no tree (and no remembered parse) is shared with the runs above.
        var reparsed = GeneratorHarness.Compile(sources.Select(source => source == oldText ? newText : source).ToArray());
        var fresh = Outputs(GeneratorHarness.CreateDriver().RunGenerators(reparsed));
        return (incremental, fresh);
    }

    private static Dictionary<string, string> Outputs(GeneratorDriver driver)
        => driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());
}
