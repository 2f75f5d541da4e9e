namespace StepFlow.Paths
{
    /// <summary>The value of a <c>"key.$"</c> entry: either a path or an intrinsic call.</summary>
    public sealed class PayloadExpression
    {
        private PayloadExpression(JsonPath? path, IntrinsicCall? call)
        {
            Path = path;
            Call = call;
        }

        /// <summary>The path, when the text starts with <c>$</c>.</summary>
        public JsonPath? Path { get; }

        /// <summary>The intrinsic call otherwise.</summary>
        public IntrinsicCall? Call { get; }

        /// <summary>Parses a <c>.$</c> value; throws <see cref="PathParseException"/> when it is neither.</summary>
        public static PayloadExpression Parse(string text)
        {
            if (text.Length > 0 && text[0] == '$')
            {
                return new PayloadExpression(JsonPath.Parse(text), null);
            }

            return new PayloadExpression(null, IntrinsicCall.Parse(text));
        }
    }
}
