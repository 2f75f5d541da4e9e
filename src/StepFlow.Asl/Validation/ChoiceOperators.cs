using System.Collections.Generic;

namespace StepFlow.Asl.Validation;

/// <summary>The JSONPath Choice comparison operators and the literal type each takes (ASL reference §4.2).</summary>
public static class ChoiceOperators
{
    public enum OperandKind
    {
        String,
        Number,
        Boolean,
        Timestamp,
        Path,
    }

    private static readonly Dictionary<string, OperandKind> Operators = Build();

    public static IEnumerable<string> Names => Operators.Keys;

    public static bool TryGet(string name, out OperandKind kind) => Operators.TryGetValue(name, out kind);

    private static Dictionary<string, OperandKind> Build()
    {
        var operators = new Dictionary<string, OperandKind>(System.StringComparer.Ordinal);
        foreach (var comparison in new[] { "Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals" })
        {
            operators["String" + comparison] = OperandKind.String;
            operators["Numeric" + comparison] = OperandKind.Number;
            operators["Timestamp" + comparison] = OperandKind.Timestamp;
            operators["String" + comparison + "Path"] = OperandKind.Path;
            operators["Numeric" + comparison + "Path"] = OperandKind.Path;
            operators["Timestamp" + comparison + "Path"] = OperandKind.Path;
        }

        operators["StringMatches"] = OperandKind.String;
        operators["BooleanEquals"] = OperandKind.Boolean;
        operators["BooleanEqualsPath"] = OperandKind.Path;
        foreach (var test in new[] { "IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp" })
        {
            operators[test] = OperandKind.Boolean;
        }

        return operators;
    }
}
