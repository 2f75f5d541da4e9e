using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>
/// A project of <see cref="Workflows"/> valid workflow classes of <see cref="StatesPerWorkflow"/> states each: Lambda
/// tasks with bodies, service tasks with JSON Parameters, retriers and catchers, a Choice, a Wait and a Fail, so
/// every rule has something to look at.
/// </summary>
public static class SyntheticProject
{
    public const int Workflows = 100;
    public const int StatesPerWorkflow = 20;

    public static IReadOnlyList<SyntaxTree> Parse()
    {
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(Models, path: "Models.cs") };
        for (var i = 0; i < Workflows; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(Workflow(i), path: "Workflow" + i + ".cs"));
        }

        return trees;
    }

    public static CSharpCompilation Compile(IReadOnlyList<SyntaxTree> trees)
        => CSharpCompilation.Create("Synthetic", trees, References.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(StateMachineAttribute).Assembly.Location))
            .ToArray());

    private const string Models = """
        namespace Synthetic;
        public sealed record Order(string Id, decimal Total, bool Priority);
        """;

    private static string Workflow(int index)
    {
        var source = new StringBuilder();
        source.AppendLine("using System.Threading.Tasks;");
        source.AppendLine("using StepFlow;");
        source.AppendLine("namespace Synthetic;");
        source.AppendLine("[StateMachine(Comment = \"Synthetic workflow " + index + "\", TimeoutSeconds = 3600)]");
        source.AppendLine("public partial class Workflow" + index);
        source.AppendLine("{");
        var tasks = StatesPerWorkflow - 4;
        for (var s = 0; s < tasks; s++)
        {
            var next = s + 1 < tasks ? "Step" + (s + 1) : "Route";
            var start = s == 0 ? "StartAt = true, " : string.Empty;
            source.AppendLine("    [Retry(\"States.TaskFailed\", IntervalSeconds = 2, MaxAttempts = 3, BackoffRate = 2)]");
            source.AppendLine("    [Catch(\"States.ALL\", Next = nameof(Failed), ResultPath = \"$.error\")]");
            if (s % 2 == 0)
            {
                source.AppendLine("    [Task(" + start + "Next = nameof(" + next + "))]");
                source.AppendLine("    public Task<Order> Step" + s + "(Order order) => Task.FromResult(order);");
            }
            else
            {
                source.AppendLine("    [Task(Resource = \"arn:aws:states:::dynamodb:putItem\", Parameters = \"\"\"{\"TableName\": \"${Table}\", \"Item\": {\"Id\": {\"S.$\": \"$.Id\"}, \"Note\": {\"S.$\": \"States.Format('order {}', $.Id)\"}}}\"\"\", ResultPath = null, Next = nameof(" + next + "))]");
                source.AppendLine("    partial void Step" + s + "();");
            }
        }

        source.AppendLine("    [Choice(Default = nameof(Pause))]");
        source.AppendLine("    [When(\"$.Priority\", BooleanEquals = true, Next = nameof(Done))]");
        source.AppendLine("    partial void Route();");
        source.AppendLine("    [Wait(Seconds = 10, Next = nameof(Done))] partial void Pause();");
        source.AppendLine("    [Succeed] partial void Done();");
        source.AppendLine("    [Fail(Error = \"Synthetic.Failed\", Cause = \"a step failed\")] partial void Failed();");
        source.AppendLine("}");
        return source.ToString();
    }
}
