using System;

namespace StepFlow.Paths
{
    /// <summary>A JSONPath or intrinsic-function text that does not parse.</summary>
    public sealed class PathParseException : FormatException
    {
        /// <summary>Creates the error for <paramref name="text"/> failing at <paramref name="offset"/>.</summary>
        public PathParseException(string message, string text, int offset)
            : base(message + " (at offset " + offset + " in '" + text + "')")
        {
            Reason = message;
            Text = text;
            Offset = offset;
        }

        /// <summary>What is wrong, without the location.</summary>
        public string Reason { get; }

        /// <summary>The whole text that was being parsed.</summary>
        public string Text { get; }

        /// <summary>Zero-based character offset of the problem in <see cref="Text"/>.</summary>
        public int Offset { get; }
    }
}
