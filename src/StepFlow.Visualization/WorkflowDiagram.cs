using StepFlow.Asl.Diagrams;
using StepFlow.Asl.Json;
using StepFlow.Visualization.Definition;
using StepFlow.Visualization.Layout;
using StepFlow.Visualization.Rendering;

namespace StepFlow.Visualization;

/// <summary>A workflow definition laid out for drawing, without any execution.</summary>
/// <example><code>string svg = WorkflowDiagram.FromDefinition(File.ReadAllText("order.asl.json")).ToSvg();</code></example>
public sealed class WorkflowDiagram
{
    private readonly AslObject _asl;

    private WorkflowDiagram(WorkflowDefinition definition, AslObject asl)
    {
        Definition = definition;
        _asl = asl;
        Layout = GraphLayouter.Layout(definition.Root);
    }

    /// <summary>The definition's graph.</summary>
    public WorkflowDefinition Definition { get; }

    /// <summary>The computed layout (absolute coordinates, origin at the top-left of the drawing, margin excluded).</summary>
    public GraphLayout Layout { get; }

    /// <summary>Reads and lays out an ASL definition.</summary>
    /// <exception cref="VisualizationInputException">The text is not a definition that can be drawn; the message names the JSON path.</exception>
    public static WorkflowDiagram FromDefinition(string aslJson)
    {
        // Parse validates and reports bad input with its JSON path; once it succeeds the text is a JSON object.
        var definition = WorkflowDefinition.Parse(aslJson);
        return new WorkflowDiagram(definition, (AslObject)AslJsonReader.Parse(aslJson));
    }

    /// <summary>A standalone SVG document.</summary>
    public string ToSvg() => SvgRenderer.Render(Layout, overlay: null, standalone: true);

    /// <summary>A Mermaid flowchart (<c>flowchart TD</c>): the same text the build writes as <c>&lt;Name&gt;.mmd</c>.</summary>
    public string ToMermaid() => MermaidWriter.Write(_asl);

    /// <summary>A self-contained HTML page: the diagram, and each state's definition on click.</summary>
    public string ToHtml() => HtmlPageWriter.Write(Definition, Layout, trace: null);
}
