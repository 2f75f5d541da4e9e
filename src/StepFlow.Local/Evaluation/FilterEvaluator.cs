using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using StepFlow.Local.Errors;
using StepFlow.Local.Json;
using StepFlow.Paths;

namespace StepFlow.Local.Evaluation;

/// <summary>Evaluates <c>[?( )]</c> predicates against one candidate node.</summary>
internal static class FilterEvaluator
{
    public static bool Matches(FilterExpression filter, JsonNode? current, in PathScope scope)
    {
        switch (filter)
        {
            case AndFilter and:
                return Matches(and.Left, current, scope) && Matches(and.Right, current, scope);
            case OrFilter or:
                return Matches(or.Left, current, scope) || Matches(or.Right, current, scope);
            case NotFilter not:
                return !Matches(not.Operand, current, scope);
            case ExistsFilter exists:
                return TryResolve(exists.Operand, current, scope, out var v) && (exists.Operand is PathOperand || Truthy(v));
            case ComparisonFilter comparison:
                if (!TryResolve(comparison.Left, current, scope, out var left) || !TryResolve(comparison.Right, current, scope, out var right))
                {
                    return comparison.Operator == FilterOperator.NotEqual;
                }

                return Compare(left, comparison.Operator, right);
            default:
                return false;
        }
    }

    private static bool TryResolve(FilterOperand operand, JsonNode? current, in PathScope scope, out JsonNode? value)
    {
        switch (operand)
        {
            case LiteralOperand literal:
                value = JsonNodes.Parse(literal.JsonText);
                return true;
            case PathOperand path when path.RelativeToCurrent:
                return JsonPathEvaluator.TryEvaluateFrom(path.Path, current, scope, out value);
            case PathOperand path:
                return JsonPathEvaluator.TryEvaluate(path.Path, scope, out value);
            case UnquotedWordOperand word:
                throw StatesErrorException.Runtime(
                    "The filter operand '" + word.Text + "' is neither a path nor a literal (Jayway reads an unquoted word as a number): quote it ('" + word.Text + "') to compare with a string");
            default:
                value = null;
                return false;
        }
    }

    private static bool Compare(JsonNode? left, FilterOperator op, JsonNode? right)
    {
        if (JsonNodes.IsNumber(left, out var l) && JsonNodes.IsNumber(right, out var r))
        {
            return Apply(op, l.CompareTo(r));
        }

        if (JsonNodes.IsString(left, out var ls) && JsonNodes.IsString(right, out var rs))
        {
            return Apply(op, string.CompareOrdinal(ls, rs));
        }

        var equal = JsonNodes.DeepEquals(left, right);
        return op switch
        {
            FilterOperator.Equal => equal,
            FilterOperator.NotEqual => !equal,
            _ => false,
        };
    }

    private static bool Apply(FilterOperator op, int comparison) => op switch
    {
        FilterOperator.Equal => comparison == 0,
        FilterOperator.NotEqual => comparison != 0,
        FilterOperator.LessThan => comparison < 0,
        FilterOperator.LessThanOrEqual => comparison <= 0,
        FilterOperator.GreaterThan => comparison > 0,
        FilterOperator.GreaterThanOrEqual => comparison >= 0,
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    private static bool Truthy(JsonNode? value) => JsonNodes.KindOf(value) switch
    {
        JsonValueKind.Null or JsonValueKind.False => false,
        _ => true,
    };
}
