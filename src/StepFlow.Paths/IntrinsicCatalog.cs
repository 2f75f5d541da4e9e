using System;
using System.Collections.Generic;

namespace StepFlow.Paths
{
    /// <summary>What an intrinsic argument must be.</summary>
    public enum IntrinsicArgumentKind
    {
        /// <summary>Any JSON value.</summary>
        Any,
        /// <summary>A string.</summary>
        String,
        /// <summary>A number (rounded to an integer where the function wants one).</summary>
        Number,
        /// <summary>An integer.</summary>
        Integer,
        /// <summary>A boolean.</summary>
        Boolean,
        /// <summary>An array.</summary>
        Array,
        /// <summary>An object.</summary>
        Object,
    }

    /// <summary>Signature of one intrinsic function (asl-reference §6.2).</summary>
    public sealed class IntrinsicFunctionInfo
    {
        internal IntrinsicFunctionInfo(string name, int minArgs, int maxArgs, bool returnsString, params IntrinsicArgumentKind[] kinds)
        {
            Name = name;
            MinArguments = minArgs;
            MaxArguments = maxArgs;
            ReturnsString = returnsString;
            ArgumentKinds = kinds;
        }

        /// <summary>Full name, e.g. <c>States.Format</c>.</summary>
        public string Name { get; }

        /// <summary>Fewest arguments accepted.</summary>
        public int MinArguments { get; }

        /// <summary>Most arguments accepted (<see cref="int.MaxValue"/> for variadic).</summary>
        public int MaxArguments { get; }

        /// <summary>True when the result is always a string (allowed in Fail ErrorPath/CausePath).</summary>
        public bool ReturnsString { get; }

        /// <summary>Kinds per position; the last entry repeats for variadic functions.</summary>
        public IReadOnlyList<IntrinsicArgumentKind> ArgumentKinds { get; }

        /// <summary>The kind expected at argument <paramref name="index"/>.</summary>
        public IntrinsicArgumentKind KindAt(int index) =>
            ArgumentKinds.Count == 0 ? IntrinsicArgumentKind.Any : ArgumentKinds[Math.Min(index, ArgumentKinds.Count - 1)];
    }

    /// <summary>Every intrinsic function AWS provides.</summary>
    public static class IntrinsicCatalog
    {
        private const int Variadic = int.MaxValue;
        private static readonly Dictionary<string, IntrinsicFunctionInfo> Functions = Build();

        /// <summary>All functions.</summary>
        public static IEnumerable<IntrinsicFunctionInfo> All => Functions.Values;

        /// <summary>Looks up a function by its exact (case-sensitive) name.</summary>
        public static bool TryGet(string name, out IntrinsicFunctionInfo info) => Functions.TryGetValue(name, out info!);

        private static Dictionary<string, IntrinsicFunctionInfo> Build()
        {
            var list = new[]
            {
                new IntrinsicFunctionInfo("States.Format", 1, Variadic, true, IntrinsicArgumentKind.String, IntrinsicArgumentKind.Any),
                new IntrinsicFunctionInfo("States.StringToJson", 1, 1, false, IntrinsicArgumentKind.String),
                new IntrinsicFunctionInfo("States.JsonToString", 1, 1, true, IntrinsicArgumentKind.Any),
                new IntrinsicFunctionInfo("States.Array", 0, Variadic, false, IntrinsicArgumentKind.Any),
                new IntrinsicFunctionInfo("States.ArrayPartition", 2, 2, false, IntrinsicArgumentKind.Array, IntrinsicArgumentKind.Integer),
                new IntrinsicFunctionInfo("States.ArrayContains", 2, 2, false, IntrinsicArgumentKind.Array, IntrinsicArgumentKind.Any),
                new IntrinsicFunctionInfo("States.ArrayRange", 3, 3, false, IntrinsicArgumentKind.Integer),
                new IntrinsicFunctionInfo("States.ArrayGetItem", 2, 2, true, IntrinsicArgumentKind.Array, IntrinsicArgumentKind.Integer),
                new IntrinsicFunctionInfo("States.ArrayLength", 1, 1, false, IntrinsicArgumentKind.Array),
                new IntrinsicFunctionInfo("States.ArrayUnique", 1, 1, false, IntrinsicArgumentKind.Array),
                new IntrinsicFunctionInfo("States.Base64Encode", 1, 1, true, IntrinsicArgumentKind.String),
                new IntrinsicFunctionInfo("States.Base64Decode", 1, 1, true, IntrinsicArgumentKind.String),
                new IntrinsicFunctionInfo("States.Hash", 2, 2, true, IntrinsicArgumentKind.Any, IntrinsicArgumentKind.String),
                new IntrinsicFunctionInfo("States.JsonMerge", 3, 3, false, IntrinsicArgumentKind.Object, IntrinsicArgumentKind.Object, IntrinsicArgumentKind.Boolean),
                new IntrinsicFunctionInfo("States.MathRandom", 2, 3, false, IntrinsicArgumentKind.Number),
                new IntrinsicFunctionInfo("States.MathAdd", 2, 2, false, IntrinsicArgumentKind.Number),
                new IntrinsicFunctionInfo("States.StringSplit", 2, 2, false, IntrinsicArgumentKind.String),
                new IntrinsicFunctionInfo("States.UUID", 0, 0, true),
            };
            var map = new Dictionary<string, IntrinsicFunctionInfo>(StringComparer.Ordinal);
            foreach (var info in list)
            {
                map[info.Name] = info;
            }

            return map;
        }
    }
}
