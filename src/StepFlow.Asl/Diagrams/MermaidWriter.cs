using System.Collections.Generic;
using System.Text;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Diagrams;

/// <summary>
/// Draws a definition as a Mermaid flowchart, top to bottom: Parallel branches and Map item processors as nested
/// subgraphs, Catch edges dashed and labelled with their errors, Choice edges labelled with their rules. Node ids
/// are assigned in document order, so the same definition always gives the same text.
/// </summary>
public sealed class MermaidWriter
{
    private readonly StringBuilder _out = new();
    private readonly Dictionary<StateNode, string> _ids = new();
    private int _nextScope;

    private MermaidWriter()
    {
    }

    public static string Write(AslObject definition)
    {
        var writer = new MermaidWriter();
        return writer.Render(StateGraph.Of(definition));
    }

    private string Render(StateGraph graph)
    {
        _out.Append("flowchart TD\n");
        AssignIds(graph);
        _out.Append("  start_([\"Start\"])\n");
        WriteScopeStates(graph.Root, "  ");
        _out.Append("  end_([\"End\"])\n");
        WriteScopeEdges(graph.Root, "start_", "end_");
        _out.Append("  classDef fail fill:#fde2e1,stroke:#c0392b\n");
        _out.Append("  classDef succeed fill:#e3f6e5,stroke:#27ae60\n");
        WriteClasses(graph);
        return _out.ToString();
    }

    private void AssignIds(StateGraph graph)
    {
        var index = 0;
        foreach (var scope in graph.Scopes())
        {
            foreach (var state in scope.States)
            {
                _ids[state] = "s" + index++;
            }
        }
    }

    private void WriteScopeStates(StateScope scope, string indent)
    {
        foreach (var state in scope.States)
        {
            var id = _ids[state];
            if (state.Children.Count == 0)
            {
                _out.Append(indent).Append(id).Append(Shape(state)).Append('\n');
                continue;
            }

            _out.Append(indent).Append("subgraph ").Append(id).Append("[\"").Append(Escape(state.Name + " (" + state.Type + ")")).Append("\"]\n");
            _out.Append(indent).Append("  direction TB\n");
            foreach (var child in state.Children)
            {
                var childId = "g" + _nextScope++;
                var title = child.Kind == ScopeKind.Branch ? "Branch " + (state.Children.IndexOf(child) + 1) : "Item processor";
                _out.Append(indent).Append("  subgraph ").Append(childId).Append("[\"").Append(Escape(title)).Append("\"]\n");
                _out.Append(indent).Append("    direction TB\n");
                WriteScopeStates(child, indent + "    ");
                _out.Append(indent).Append("  end\n");
            }

            _out.Append(indent).Append("end\n");
        }
    }

    /// <summary>
    /// Nested scopes get no entry or exit edges: Mermaid rejects an edge between a subgraph and its own children,
    /// and the nesting already shows where a branch starts.
    /// </summary>
    private void WriteScopeEdges(StateScope scope, string? entry, string? exit)
    {
        if (entry is not null && scope.StartAt is { } startAt && scope.Find(startAt) is { } first)
        {
            Edge(entry, _ids[first], "-->", label: null);
        }

        foreach (var state in scope.States)
        {
            var id = _ids[state];
            foreach (var edge in state.Edges)
            {
                if (scope.Find(edge.Target) is not { } target)
                {
                    continue;
                }

                var arrow = edge.Kind == EdgeKind.Catch ? "-.->" : "-->";
                var label = edge.Kind switch
                {
                    EdgeKind.Catch => "catch " + edge.Label,
                    EdgeKind.Next => null,
                    _ => edge.Label,
                };
                Edge(id, _ids[target], arrow, label);
            }

            if (exit is not null && (state.IsEnd || state.Type is "Succeed" or "Fail"))
            {
                Edge(id, exit, "-->", label: null);
            }

            foreach (var child in state.Children)
            {
                WriteScopeEdges(child, entry: null, exit: null);
            }
        }
    }

    private void Edge(string from, string to, string arrow, string? label)
    {
        _out.Append("  ").Append(from).Append(' ').Append(arrow);
        if (!string.IsNullOrEmpty(label))
        {
            _out.Append("|\"").Append(Escape(label!)).Append("\"|");
        }

        _out.Append(' ').Append(to).Append('\n');
    }

    private void WriteClasses(StateGraph graph)
    {
        foreach (var scope in graph.Scopes())
        {
            foreach (var state in scope.States)
            {
                if (state.Type == "Fail")
                {
                    _out.Append("  class ").Append(_ids[state]).Append(" fail\n");
                }
                else if (state.Type == "Succeed")
                {
                    _out.Append("  class ").Append(_ids[state]).Append(" succeed\n");
                }
            }
        }
    }

    private static string Shape(StateNode state)
    {
        var label = "\"" + Escape(state.Name) + "<br/><small>" + Escape(state.Type) + "</small>\"";
        return state.Type switch
        {
            "Choice" => "{" + label + "}",
            "Succeed" or "Fail" => "([" + label + "])",
            "Wait" => "[/" + label + "/]",
            _ => "[" + label + "]",
        };
    }

    /// <summary>Mermaid entity codes for characters that would end a label or be read as markup.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("#quot;"); break;
                case '<': builder.Append("#lt;"); break;
                case '>': builder.Append("#gt;"); break;
                case '|': builder.Append("#124;"); break;
                case '&': builder.Append("#amp;"); break;
                case '#': builder.Append("#35;"); break;
                case '\n': builder.Append(' '); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }
}
