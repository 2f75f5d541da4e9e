using System.Globalization;
using System.Text;
using StepFlow.Visualization.Definition;

namespace StepFlow.Visualization.Rendering;

/// <summary>
/// Writes a definition as a Mermaid flowchart: Parallel and Map states become subgraphs holding one subgraph per
/// branch or processor; Catch edges are dotted and labelled with their error names; Choice edges carry their rule.
/// </summary>
internal static class MermaidRenderer
{
    public static string Render(WorkflowDefinition definition)
    {
        var text = new StringBuilder(4096);
        text.Append("flowchart TD\n");
        WriteGraph(text, definition.Root, "root", indent: "    ");
        return text.ToString();
    }

    private static void WriteGraph(StringBuilder text, WorkflowGraph graph, string scope, string indent)
    {
        string start = scope + "_start";
        text.Append(indent).Append(start).Append("((\"start\"))\n");
        bool anyTerminal = false;
        foreach (StateNode state in graph.States)
        {
            WriteState(text, state, indent);
            anyTerminal |= state.IsTerminal;
        }

        string end = scope + "_end";
        if (anyTerminal)
        {
            text.Append(indent).Append(end).Append("((\"end\"))\n");
        }

        text.Append(indent).Append(start).Append(" --> ").Append(Id(graph.States[graph.StartAt])).Append('\n');
        foreach (Transition transition in graph.Transitions)
        {
            text.Append(indent).Append(Id(graph.States[transition.From]));
            text.Append(transition.Kind == TransitionKind.Catch ? " -.->" : " -->");
            if (transition.Label is not null)
            {
                text.Append("|\"").Append(Escape(transition.Label)).Append("\"|");
            }

            text.Append(' ').Append(Id(graph.States[transition.To])).Append('\n');
        }

        foreach (StateNode state in graph.States)
        {
            if (state.IsTerminal)
            {
                text.Append(indent).Append(Id(state)).Append(" --> ").Append(end).Append('\n');
            }
        }
    }

    private static void WriteState(StringBuilder text, StateNode state, string indent)
    {
        string label = Escape(state.Name);
        if (state.Children.Count > 0)
        {
            text.Append(indent).Append("subgraph ").Append(Id(state)).Append(" [\"").Append(label).Append(" (")
                .Append(Escape(Layout.NodeSizer.Caption(state))).Append(")\"]\n");
            text.Append(indent).Append("    direction TB\n");
            for (int i = 0; i < state.Children.Count; i++)
            {
                string lane = Id(state) + "_" + i.ToString(CultureInfo.InvariantCulture);
                string caption = state.Children[i].Role == NestedGraphRole.Branch ? "Branch " + (i + 1).ToString(CultureInfo.InvariantCulture) : "Item processor";
                text.Append(indent).Append("    subgraph ").Append(lane).Append(" [\"").Append(caption).Append("\"]\n");
                text.Append(indent).Append("        direction TB\n");
                WriteGraph(text, state.Children[i], lane, indent + "        ");
                text.Append(indent).Append("    end\n");
            }

            text.Append(indent).Append("end\n");
            return;
        }

        (string open, string close) = state.Type switch
        {
            StateType.Choice => ("{\"", "\"}"),
            StateType.Succeed or StateType.Fail => ("([\"", "\"])"),
            _ => ("[\"", "\"]"),
        };
        text.Append(indent).Append(Id(state)).Append(open).Append(label).Append(close).Append('\n');
    }

    private static string Id(StateNode state) => "s" + state.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Mermaid's entity codes keep quotes, hashes and angle brackets from ending the label or being read as markup.
    /// </summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (char c in text.ReplaceLineEndings(" "))
        {
            switch (c)
            {
                case '#': escaped.Append("#35;"); break;
                case '"': escaped.Append("#quot;"); break;
                case '<': escaped.Append("#lt;"); break;
                case '>': escaped.Append("#gt;"); break;
                case '&': escaped.Append("#amp;"); break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }
}
