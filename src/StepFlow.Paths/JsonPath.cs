using System.Collections.Generic;

namespace StepFlow.Paths
{
    /// <summary>A parsed JSONPath as Step Functions accepts it (Jayway dialect).</summary>
    public sealed class JsonPath
    {
        internal JsonPath(string text, JsonPathRoot root, string? variableName, IReadOnlyList<PathSegment> segments)
        {
            Text = text;
            Root = root;
            VariableName = variableName;
            Segments = segments;
            var definite = true;
            var reference = true;
            foreach (var segment in segments)
            {
                definite &= segment.IsDefinite;
                reference &= segment is MemberSegment || (segment is IndexSegment index && index.Index >= 0);
            }

            IsDefinite = definite;
            IsReferencePath = reference;
        }

        /// <summary>The source text.</summary>
        public string Text { get; }

        /// <summary>What the path starts from.</summary>
        public JsonPathRoot Root { get; }

        /// <summary>The variable name for <see cref="JsonPathRoot.Variable"/> roots, else null.</summary>
        public string? VariableName { get; }

        /// <summary>The steps after the root.</summary>
        public IReadOnlyList<PathSegment> Segments { get; }

        /// <summary>True when the path selects at most one node (result is the node, not an array).</summary>
        public bool IsDefinite { get; }

        /// <summary>True for a Reference Path: only member names and non-negative indexes.</summary>
        public bool IsReferencePath { get; }

        /// <summary>Parses <paramref name="text"/>; throws <see cref="PathParseException"/> when it is not a path.</summary>
        public static JsonPath Parse(string text) => new JsonPathParser(text).ParseWhole();

        /// <summary>Parses <paramref name="text"/>, returning false with the error instead of throwing.</summary>
        public static bool TryParse(string text, out JsonPath? path, out PathParseException? error)
        {
            try
            {
                path = Parse(text);
                error = null;
                return true;
            }
            catch (PathParseException e)
            {
                path = null;
                error = e;
                return false;
            }
        }

        /// <inheritdoc/>
        public override string ToString() => Text;
    }
}
