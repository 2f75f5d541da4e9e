using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace StepFlow.Visualization.Definition;

/// <summary>
/// Finds a property name repeated in one JSON object. JsonNode only notices duplicates lazily, with an exception
/// that says neither where nor which object; this pass names the JSON path instead.
/// </summary>
internal static class DuplicatePropertyCheck
{
    private sealed class Container(string path, bool isObject)
    {
        public string Path { get; } = path;

        public bool IsObject { get; } = isObject;

        public HashSet<string> Names { get; } = [];

        public string? CurrentName { get; set; }

        public int NextIndex { get; set; }
    }

    public static void ThrowIfAny(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = 256 });
        var open = new Stack<Container>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    open.Push(new Container(ChildPath(open), reader.TokenType == JsonTokenType.StartObject));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    open.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    Container owner = open.Peek();
                    string name = reader.GetString()!;
                    if (!owner.Names.Add(name))
                    {
                        throw new VisualizationInputException(JsonPathText.Property(owner.Path, name), $"property '{name}' appears twice in the same object");
                    }

                    owner.CurrentName = name;
                    break;
                default:
                    ChildPath(open);
                    break;
            }
        }
    }

    /// <summary>The path of the value starting now; inside an array this also moves to the next index.</summary>
    private static string ChildPath(Stack<Container> open)
    {
        if (open.Count == 0)
        {
            return "$";
        }

        Container parent = open.Peek();
        return parent.IsObject ? JsonPathText.Property(parent.Path, parent.CurrentName ?? "?") : JsonPathText.Index(parent.Path, parent.NextIndex++);
    }
}
