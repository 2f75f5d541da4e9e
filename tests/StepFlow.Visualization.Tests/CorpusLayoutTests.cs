using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using StepFlow.Visualization.Tests.Support;
using Xunit;

namespace StepFlow.Visualization.Tests;

/// <summary>Every real-world definition of the shared corpus lays out cleanly and renders the same bytes twice.</summary>
public sealed class CorpusLayoutTests
{
    public static IEnumerable<object[]> CorpusFiles() =>
        Directory.GetFiles(RepositoryPaths.RealWorldDefinitions, "*.asl.json").Order().Select(f => new object[] { Path.GetFileName(f) });

    [Fact]
    public void The_corpus_is_there()
    {
        Assert.True(CorpusFiles().Count() >= 100, $"expected the real-world corpus under {RepositoryPaths.RealWorldDefinitions}");
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Layout_has_no_overlapping_boxes_and_routes_every_edge_around_them(string file)
    {
        WorkflowDiagram diagram = WorkflowDiagram.FromDefinition(File.ReadAllText(Path.Combine(RepositoryPaths.RealWorldDefinitions, file)));

        LayoutChecks.AssertNoOverlaps(diagram.Layout, file);
        int edges = LayoutChecks.AssertEveryEdgeRouted(diagram.Layout, file);
        LayoutChecks.AssertEdgesAvoidBoxes(diagram.Layout, file);
        string svg = diagram.ToSvg();
        Assert.Equal(edges, Regex.Matches(svg, "class=\"sf-edge-line\" d=\"M").Count);
        Assert.Equal(diagram.Definition.AllStates.Count, Regex.Matches(svg, "<g class=\"sf-state ").Count);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Rendering_is_deterministic(string file)
    {
        string asl = File.ReadAllText(Path.Combine(RepositoryPaths.RealWorldDefinitions, file));
        WorkflowDiagram first = WorkflowDiagram.FromDefinition(asl);
        WorkflowDiagram second = WorkflowDiagram.FromDefinition(asl);

        Assert.Equal(first.ToSvg(), second.ToSvg());
        Assert.Equal(first.ToHtml(), second.ToHtml());
        Assert.Equal(first.ToMermaid(), second.ToMermaid());
    }
}
