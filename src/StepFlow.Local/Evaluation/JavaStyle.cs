using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StepFlow.Local.Json;

namespace StepFlow.Local.Evaluation;

/// <summary>How AWS (a JVM service) renders values inside States.Format: strings raw, objects as Java maps.</summary>
internal static class JavaStyle
{
    public static void Append(StringBuilder sb, JsonNode? node)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case JsonObject obj:
                sb.Append('{');
                var first = true;
                foreach (var pair in obj)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    sb.Append(pair.Key).Append('=');
                    Append(sb, pair.Value);
                }

                sb.Append('}');
                break;
            case JsonArray array:
                sb.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    Append(sb, array[i]);
                }

                sb.Append(']');
                break;
            default:
                if (node.GetValueKind() == JsonValueKind.String)
                {
                    sb.Append(node.GetValue<string>());
                }
                else
                {
                    sb.Append(JsonNodes.ToCompactJson(node));
                }

                break;
        }
    }
}
