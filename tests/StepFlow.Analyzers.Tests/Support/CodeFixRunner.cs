using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace StepFlow.Analyzers.Tests.Support;

/// <summary>Applies a code fix to the first diagnostic it handles, in an AdhocWorkspace, and returns the new source.</summary>
public static class CodeFixRunner
{
    public static async Task<string> ApplyAsync(CodeFixProvider provider, string source, string? title = null)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "Workflows", "Workflows", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: TestCompilation.References));
        var document = workspace.AddDocument(project.Id, "Workflow.cs", SourceText.From(source));

        var diagnostics = await TestCompilation.AnalyzeAsync(source);
        var diagnostic = diagnostics.FirstOrDefault(d => provider.FixableDiagnosticIds.Contains(d.Id));
        Assert.True(diagnostic is not null, "no diagnostic for " + string.Join(", ", provider.FixableDiagnosticIds) + " in:\n" + string.Join("\n", diagnostics));

        // Re-create the diagnostic on the workspace's tree so the fix sees the document it edits.
        var tree = await document.GetSyntaxTreeAsync();
        var located = Diagnostic.Create(diagnostic!.Descriptor, Location.Create(tree!, diagnostic.Location.SourceSpan), diagnostic.GetMessage());

        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, located, (action, _) => actions.Add(action), CancellationToken.None));
        var chosen = title is null ? actions.FirstOrDefault() : actions.FirstOrDefault(a => a.Title == title);
        Assert.True(chosen is not null, "no code action" + (title is null ? string.Empty : " titled '" + title + "'") + "; offered: " + string.Join(", ", actions.Select(a => a.Title)));

        var operations = await chosen!.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var text = await changed.GetDocument(document.Id)!.GetTextAsync();
        return text.ToString();
    }
}
