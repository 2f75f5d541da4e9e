using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StepFlow.Generators.Benchmarks;

/// <summary>
/// A synthetic project of N workflows with M states each (Lambda tasks with C# bodies, service tasks with retries
/// and catchers, Choice, Wait and Pass states), plus an unrelated file to edit.
/// </summary>
internal static class SyntheticProject
{
    public const string UnrelatedFile = "Unrelated.cs";

    public static IReadOnlyList<SyntaxTree> Parse(int workflows, int states)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(Unrelated(0), options, UnrelatedFile) };
        for (var w = 0; w < workflows; w++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(Workflow(w, states), options, "Workflow" + w + ".cs"));
        }

        return trees;
    }

    public static string Unrelated(int version) => "namespace Other { public static class Helper { public static int Value => " + version + "; } }";

    public static IReadOnlyList<MetadataReference> References()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(StateMachineAttribute).Assembly.Location))
            .ToList();
    }

    private static string Workflow(int index, int states)
    {
        var source = new StringBuilder();
        source.AppendLine("using System.Threading.Tasks;");
        source.AppendLine("using StepFlow;");
        source.AppendLine("namespace Synthetic.W" + index + ";");
        source.AppendLine("public sealed record Payload(string Id, int Count);");
        source.AppendLine("[StateMachine(Comment = \"Synthetic workflow " + index + "\")]");
        source.AppendLine("public partial class Workflow" + index);
        source.AppendLine("{");
        for (var s = 0; s < states; s++)
        {
            var next = s + 1 < states ? "Next = nameof(S" + (s + 1) + ")" : "End = true";
            var start = s == 0 ? "StartAt = true, " : string.Empty;
            switch (s % 5)
            {
                case 0:
                    source.AppendLine("    [Task(" + start + next + ")]");
                    source.AppendLine("    [Retry(\"States.TaskFailed\", IntervalSeconds = 2, MaxAttempts = 3, BackoffRate = 2, JitterStrategy = JitterStrategy.Full)]");
                    source.AppendLine("    public Task<Payload> S" + s + "(Payload input) => Task.FromResult(input with { Count = input.Count + 1 });");
                    break;
                case 1:
                    source.AppendLine("    [Task(" + start + "Resource = \"arn:aws:states:::dynamodb:putItem\", Parameters = \"\"\"{\"TableName\": \"${Table}\", \"Item\": {\"Id\": {\"S.$\": \"$.Id\"}}}\"\"\", ResultPath = null, " + next + ")]");
                    source.AppendLine("    [Catch(\"States.ALL\", Next = nameof(S" + (states - 1) + "), ResultPath = \"$.error\")]");
                    source.AppendLine("    partial void S" + s + "();");
                    break;
                case 2:
                    var target = s + 1 < states ? "nameof(S" + (s + 1) + ")" : "nameof(S" + (states - 1) + ")";
                    source.AppendLine("    [Choice(" + start + "Default = " + target + ")]");
                    source.AppendLine("    [When(\"$.Count\", NumericGreaterThan = 10, Next = " + target + ")]");
                    source.AppendLine("    partial void S" + s + "();");
                    break;
                case 3:
                    source.AppendLine("    [Wait(" + start + "Seconds = 5, " + next + ")]");
                    source.AppendLine("    partial void S" + s + "();");
                    break;
                default:
                    source.AppendLine("    [Pass(" + start + "Parameters = \"\"\"{\"Id.$\": \"$.Id\", \"Count.$\": \"$.Count\"}\"\"\", " + next + ")]");
                    source.AppendLine("    partial void S" + s + "();");
                    break;
            }
        }

        source.AppendLine("}");
        return source.ToString();
    }
}
