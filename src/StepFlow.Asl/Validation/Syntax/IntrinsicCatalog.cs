using System.Collections.Generic;

namespace StepFlow.Asl.Validation.Syntax;

/// <summary>The 18 intrinsic functions: arity, the literal kind each parameter takes, and whether they return a string.</summary>
public static class IntrinsicCatalog
{
    /// <summary>
    /// One function. <see cref="Parameters"/> has a letter per parameter: s string, n number, b boolean, a anything
    /// (paths, arrays, objects); the last letter repeats when <see cref="MaxArguments"/> is unbounded.
    /// </summary>
    public sealed record Function(string Name, int MinArguments, int MaxArguments, string Parameters, bool ReturnsString);

    public const int MaxNesting = 10;

    private static readonly Dictionary<string, Function> Functions = Build(
        new Function("States.Format", 1, int.MaxValue, "sa", true),
        new Function("States.StringToJson", 1, 1, "s", false),
        new Function("States.JsonToString", 1, 1, "a", true),
        new Function("States.Array", 0, int.MaxValue, "a", false),
        new Function("States.ArrayPartition", 2, 2, "an", false),
        new Function("States.ArrayContains", 2, 2, "aa", false),
        new Function("States.ArrayRange", 3, 3, "nnn", false),
        new Function("States.ArrayGetItem", 2, 2, "an", true),
        new Function("States.ArrayLength", 1, 1, "a", false),
        new Function("States.ArrayUnique", 1, 1, "a", false),
        new Function("States.Base64Encode", 1, 1, "s", true),
        new Function("States.Base64Decode", 1, 1, "s", true),
        new Function("States.Hash", 2, 2, "as", true),
        new Function("States.JsonMerge", 3, 3, "aab", false),
        new Function("States.MathRandom", 2, 3, "nnn", false),
        new Function("States.MathAdd", 2, 2, "nn", false),
        new Function("States.StringSplit", 2, 2, "ss", false),
        new Function("States.UUID", 0, 0, string.Empty, true));

    public static IEnumerable<string> Names => Functions.Keys;

    public static bool TryGet(string name, out Function function) => Functions.TryGetValue(name, out function!);

    /// <summary>The literal kind parameter <paramref name="index"/> takes ('a' when any).</summary>
    public static char ParameterKind(Function function, int index)
        => function.Parameters.Length == 0 ? 'a' : function.Parameters[index < function.Parameters.Length ? index : function.Parameters.Length - 1];

    private static Dictionary<string, Function> Build(params Function[] functions)
    {
        var map = new Dictionary<string, Function>(System.StringComparer.Ordinal);
        foreach (var function in functions)
        {
            map[function.Name] = function;
        }

        return map;
    }
}
