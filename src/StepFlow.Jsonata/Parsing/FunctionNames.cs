using System.Collections.Generic;

namespace StepFlow.Jsonata.Parsing;

/// <summary>
/// Every function an expression can call by name in Step Functions: JSONata 2.0.6's built-ins without $eval, plus
/// the functions AWS adds ($partition, $range, $hash, $random with a seed, $uuid, $parse). The evaluator registers
/// exactly these (a test compares the two), and the validators, which compile the parser in, tell a typo from a
/// function with this list.
/// </summary>
internal static class FunctionNames
{
    private static readonly HashSet<string> Names = new(System.StringComparer.Ordinal)
    {
        // Strings
        "string", "substring", "substringBefore", "substringAfter", "lowercase", "uppercase", "length", "trim", "pad",
        "join", "base64encode", "base64decode", "contains", "match", "replace", "split",
        "encodeUrl", "encodeUrlComponent", "decodeUrl", "decodeUrlComponent",

        // Numbers and aggregates
        "number", "abs", "floor", "ceil", "round", "sqrt", "power", "random", "formatBase", "formatNumber",
        "formatInteger", "parseInteger", "sum", "count", "max", "min", "average",

        // Booleans, objects and arrays
        "boolean", "not", "exists", "type", "keys", "lookup", "spread", "merge", "sift", "each", "error", "assert",
        "clone", "append", "reverse", "sort", "shuffle", "distinct", "zip",

        // Higher-order functions and dates
        "map", "filter", "single", "reduce", "now", "millis", "fromMillis", "toMillis",

        // Step Functions additions
        "partition", "range", "hash", "uuid", "parse",
    };

    /// <summary>Every name, without the leading $.</summary>
    public static IEnumerable<string> All => Names;

    /// <summary>Whether <c>$name</c> is a function (name without the leading $).</summary>
    public static bool Contains(string name) => Names.Contains(name);
}
