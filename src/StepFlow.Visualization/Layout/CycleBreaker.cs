using System.Collections.Generic;

namespace StepFlow.Visualization.Layout;

/// <summary>
/// Makes the graph acyclic for layering by reversing back edges found in a depth-first search from the start
/// marker; loops in a workflow (retry-by-Choice, polling with Wait) then point upwards in the picture.
/// </summary>
internal static class CycleBreaker
{
    public static void ReverseBackEdges(LayeredGraph graph, Dictionary<LayeredVertex, List<LayeredEdge>> outgoing)
    {
        var state = new byte[graph.Vertices.Count]; // 0 unvisited, 1 on the stack, 2 done
        foreach (LayeredVertex root in graph.Vertices)
        {
            if (state[root.Index] == 0)
            {
                Visit(root, outgoing, state);
            }
        }
    }

    private static void Visit(LayeredVertex root, Dictionary<LayeredVertex, List<LayeredEdge>> outgoing, byte[] state)
    {
        // Iterative so deep chains in large definitions cannot overflow the stack.
        var stack = new Stack<(LayeredVertex Vertex, int NextEdge)>();
        stack.Push((root, 0));
        state[root.Index] = 1;
        while (stack.Count > 0)
        {
            (LayeredVertex vertex, int nextEdge) = stack.Pop();
            List<LayeredEdge> edges = outgoing[vertex];
            if (nextEdge >= edges.Count)
            {
                state[vertex.Index] = 2;
                continue;
            }

            stack.Push((vertex, nextEdge + 1));
            LayeredEdge edge = edges[nextEdge];
            switch (state[edge.To.Index])
            {
                case 1:
                    edge.Reversed = true;
                    break;
                case 0:
                    state[edge.To.Index] = 1;
                    stack.Push((edge.To, 0));
                    break;
            }
        }
    }
}
