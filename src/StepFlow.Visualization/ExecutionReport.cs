using StepFlow.Visualization.Definition;
using StepFlow.Visualization.History;
using StepFlow.Visualization.Layout;
using StepFlow.Visualization.Rendering;

namespace StepFlow.Visualization;

/// <summary>A definition together with one of its executions, ready to be drawn.</summary>
/// <example><code>File.WriteAllText("report.html", ExecutionReport.Create(asl, history).ToHtml());</code></example>
public sealed class ExecutionReport
{
    private ExecutionReport(WorkflowDefinition definition, ExecutionTrace trace)
    {
        Definition = definition;
        Trace = trace;
        Layout = GraphLayouter.Layout(definition.Root);
    }

    /// <summary>The definition's graph.</summary>
    public WorkflowDefinition Definition { get; }

    /// <summary>The history mapped onto the definition.</summary>
    public ExecutionTrace Trace { get; }

    /// <summary>The computed layout.</summary>
    public GraphLayout Layout { get; }

    /// <summary>
    /// Reads a definition and an execution history: a saved GetExecutionHistory response
    /// (<c>{"events": [...]}</c>) or a bare array of events.
    /// </summary>
    /// <exception cref="VisualizationInputException">Either input cannot be read; the message names the JSON path.</exception>
    public static ExecutionReport Create(string aslJson, string historyJson) => Create(WorkflowDefinition.Parse(aslJson), historyJson);

    /// <summary>Maps an execution history onto an already read definition.</summary>
    /// <exception cref="VisualizationInputException">The history cannot be read or does not fit the definition.</exception>
    public static ExecutionReport Create(WorkflowDefinition definition, string historyJson)
    {
        System.ArgumentNullException.ThrowIfNull(definition);
        return new ExecutionReport(definition, TraceBuilder.Build(definition, HistoryReader.Read(historyJson)));
    }

    /// <summary>A self-contained HTML report: coloured states, the path taken, details per state on click.</summary>
    public string ToHtml() => HtmlPageWriter.Write(Definition, Layout, Trace);

    /// <summary>A standalone SVG with states coloured by outcome and the path taken highlighted.</summary>
    public string ToSvg() => SvgRenderer.Render(Layout, OverlayBuilder.Build(Trace), standalone: true);
}
