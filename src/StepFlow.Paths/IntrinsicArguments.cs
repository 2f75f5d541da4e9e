using System.Collections.Generic;

namespace StepFlow.Paths
{
    /// <summary>An argument of an intrinsic function call.</summary>
    public abstract record IntrinsicArgument
    {
        /// <summary>Offset of the argument in the call text.</summary>
        public int Offset { get; init; }
    }

    /// <summary>A single-quoted literal. <see cref="Value"/> has escapes resolved; <see cref="RawText"/> keeps them
    /// because <c>States.Format</c> must tell an escaped <c>\{</c> from a placeholder <c>{}</c>.</summary>
    public sealed record IntrinsicStringArgument(string Value, string RawText) : IntrinsicArgument;

    /// <summary>A number literal; <see cref="Text"/> is its source form.</summary>
    public sealed record IntrinsicNumberArgument(double Value, string Text) : IntrinsicArgument
    {
        /// <summary>True when the literal has no fraction or exponent.</summary>
        public bool IsInteger => Text.IndexOf('.') < 0 && Text.IndexOf('e') < 0 && Text.IndexOf('E') < 0;
    }

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public sealed record IntrinsicBooleanArgument(bool Value) : IntrinsicArgument;

    /// <summary><c>null</c>.</summary>
    public sealed record IntrinsicNullArgument : IntrinsicArgument;

    /// <summary>A path (<c>$.x</c>, <c>$$.Execution.Id</c>, <c>$var</c>).</summary>
    public sealed record IntrinsicPathArgument(JsonPath Path) : IntrinsicArgument;

    /// <summary>A nested call such as <c>States.Format('{}', States.UUID())</c>.</summary>
    public sealed record IntrinsicCallArgument(IntrinsicCall Call) : IntrinsicArgument;

    /// <summary>A parsed intrinsic call: <c>Name(arguments)</c>.</summary>
    public sealed record IntrinsicCall(string Name, IReadOnlyList<IntrinsicArgument> Arguments)
    {
        /// <summary>Parses a whole call; throws <see cref="PathParseException"/> on bad syntax, unknown names or arity.</summary>
        public static IntrinsicCall Parse(string text) => new IntrinsicParser(text).ParseWhole();

        /// <summary>Parses a call, returning false with the error instead of throwing.</summary>
        public static bool TryParse(string text, out IntrinsicCall? call, out PathParseException? error)
        {
            try
            {
                call = Parse(text);
                error = null;
                return true;
            }
            catch (PathParseException e)
            {
                call = null;
                error = e;
                return false;
            }
        }
    }
}
