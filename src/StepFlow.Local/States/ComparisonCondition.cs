using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using StepFlow.Local.Errors;
using StepFlow.Local.Evaluation;
using StepFlow.Local.Execution;
using StepFlow.Local.Json;
using StepFlow.Paths;

namespace StepFlow.Local.States;

/// <summary>A data-test rule: <c>Variable</c>, one operator and a literal or <c>…Path</c> operand.</summary>
internal sealed class ComparisonCondition : ChoiceCondition
{
    private WildcardPattern? _matcher;

    public required JsonPath Variable { get; init; }

    public required ChoiceOperator Operator { get; init; }

    /// <summary>The literal operand (ignored when <see cref="OperandPath"/> is set).</summary>
    public JsonNode? Literal { get; init; }

    /// <summary>The operand of a <c>…Path</c> operator, evaluated against the same input.</summary>
    public JsonPath? OperandPath { get; init; }

    public override bool Evaluate(StateVisit visit, JsonNode? input)
    {
        var scope = visit.PathScope(input);
        var present = JsonPathEvaluator.TryEvaluate(Variable, scope, out var value);
        if (Operator == ChoiceOperator.IsPresent)
        {
            return present == IsTrue(Literal);
        }

        if (!present)
        {
            throw StatesErrorException.Runtime("Invalid path '" + Variable.Text + "': The choice state's condition path references an invalid value.");
        }

        var operand = Literal;
        if (OperandPath is not null && !JsonPathEvaluator.TryEvaluate(OperandPath, scope, out operand))
        {
            throw StatesErrorException.Runtime("Invalid path '" + OperandPath.Text + "': The choice state's condition path references an invalid value.");
        }

        return Operator switch
        {
            ChoiceOperator.IsNull => (JsonNodes.KindOf(value) == JsonValueKind.Null) == IsTrue(operand),
            ChoiceOperator.IsNumeric => (JsonNodes.KindOf(value) == JsonValueKind.Number) == IsTrue(operand),
            ChoiceOperator.IsString => (JsonNodes.KindOf(value) == JsonValueKind.String) == IsTrue(operand),
            ChoiceOperator.IsBoolean => (JsonNodes.KindOf(value) is JsonValueKind.True or JsonValueKind.False) == IsTrue(operand),
            ChoiceOperator.IsTimestamp => (JsonNodes.IsString(value, out var t) && Rfc3339.TryParse(t, out _)) == IsTrue(operand),
            ChoiceOperator.BooleanEquals => IsBoolean(value, out var a) && IsBoolean(operand, out var b) && a == b,
            ChoiceOperator.StringMatches => JsonNodes.IsString(value, out var s) && JsonNodes.IsString(operand, out var pattern) && Matcher(pattern).IsMatch(s),
            >= ChoiceOperator.StringEquals and <= ChoiceOperator.StringGreaterThanEquals =>
                JsonNodes.IsString(value, out var l) && JsonNodes.IsString(operand, out var r) && Holds(Operator - ChoiceOperator.StringEquals, string.CompareOrdinal(l, r)),
            >= ChoiceOperator.NumericEquals and <= ChoiceOperator.NumericGreaterThanEquals =>
                JsonNodes.IsNumber(value, out var x) && JsonNodes.IsNumber(operand, out var y) && Holds(Operator - ChoiceOperator.NumericEquals, x.CompareTo(y)),
            >= ChoiceOperator.TimestampEquals and <= ChoiceOperator.TimestampGreaterThanEquals =>
                JsonNodes.IsString(value, out var ts1) && JsonNodes.IsString(operand, out var ts2) &&
                Rfc3339.TryParse(ts1, out var d1) && Rfc3339.TryParse(ts2, out var d2) && Holds(Operator - ChoiceOperator.TimestampEquals, d1.CompareTo(d2)),
            _ => false,
        };
    }

    // Offsets within each family: Equals, LessThan, GreaterThan, LessThanEquals, GreaterThanEquals.
    private static bool Holds(int relation, int comparison) => relation switch
    {
        0 => comparison == 0,
        1 => comparison < 0,
        2 => comparison > 0,
        3 => comparison <= 0,
        _ => comparison >= 0,
    };

    private static bool IsTrue(JsonNode? node) => JsonNodes.KindOf(node) == JsonValueKind.True;

    private static bool IsBoolean(JsonNode? node, out bool value)
    {
        var kind = JsonNodes.KindOf(node);
        value = kind == JsonValueKind.True;
        return kind is JsonValueKind.True or JsonValueKind.False;
    }

    // StringMatches has no Path variant, so its pattern is fixed and parsed once per rule.
    private WildcardPattern Matcher(string pattern) => _matcher ??= WildcardPattern.Parse(pattern);
}
