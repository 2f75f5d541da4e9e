using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace StepFlow.Analyzers.Tests.Support;

/// <summary>Asserts that the analyzer reports <c>id</c> exactly on the marked spans and nowhere else.</summary>
public static class AnalyzerAssert
{
    public static async Task ReportsAsync(string id, string markup)
    {
        var (source, expected) = Markup.Parse(markup);
        var diagnostics = await TestCompilation.AnalyzeAsync(source);
        var actual = diagnostics.Where(d => d.Id == id).Select(d => d.Location.SourceSpan).ToArray();
        var describe = string.Join("\n", diagnostics.Select(d => d.Id + " " + d.Location.SourceSpan + " '" + source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length) + "': " + d.GetMessage()));
        Assert.True(expected.SequenceEqual(actual), "expected " + id + " at " + string.Join(", ", expected) + ", got:\n" + describe);
    }

    public static async Task CleanAsync(params string[] sources)
    {
        var diagnostics = await TestCompilation.AnalyzeAsync(sources);
        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics.Select(d => d.ToString())));
    }
}
