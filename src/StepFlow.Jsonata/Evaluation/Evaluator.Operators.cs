using System;
using StepFlow.Jsonata.Parsing;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Evaluation;

/// <summary>Binary and unary operators.</summary>
internal sealed partial class Evaluator
{
    /// <summary>The largest sequence the range operator may allocate (jsonata-js's limit).</summary>
    private const double MaxRangeSize = 1e7;

    private object? EvaluateBinary(Node expr, object? input, Frame environment)
    {
        Node lhsNode = expr.Lhs!;
        object? lhs = lhsNode.IsConstant ? lhsNode.Literal : Evaluate(lhsNode, input, environment);
        string op = expr.Value!;
        try
        {
            if (op == "and")
            {
                return Values.Bool(Values.Truthy(lhs) && Values.Truthy(Evaluate(expr.Rhs!, input, environment)));
            }
            if (op == "or")
            {
                return Values.Bool(Values.Truthy(lhs) || Values.Truthy(Evaluate(expr.Rhs!, input, environment)));
            }
            Node rhsNode = expr.Rhs!;
            object? rhs = rhsNode.IsConstant ? rhsNode.Literal : Evaluate(rhsNode, input, environment);
            return op switch
            {
                "+" or "-" or "*" or "/" or "%" => Arithmetic(lhs, rhs, op),
                "=" => lhs is null || rhs is null ? Values.False : Values.Bool(Values.DeepEquals(lhs, rhs)),
                "!=" => lhs is null || rhs is null ? Values.False : Values.Bool(!Values.DeepEquals(lhs, rhs)),
                "<" or "<=" or ">" or ">=" => Compare(lhs, rhs, op),
                "&" => (lhs is null ? string.Empty : Functions.StringFunctions.ToJsonataString(lhs))
                       + (rhs is null ? string.Empty : Functions.StringFunctions.ToJsonataString(rhs)),
                ".." => Range(lhs, rhs),
                "in" => Includes(lhs, rhs),
                _ => throw JsonataErrors.Create("S0201", expr.Position, op),
            };
        }
        catch (JsonataException e) when (Annotate(e, expr.Position, op))
        {
            throw;
        }
    }

    private static object? Arithmetic(object? lhs, object? rhs, string op)
    {
        if (lhs is not null && !Values.IsNumeric(lhs)) throw JsonataErrors.Create("T2001", token: op, value: JsonataErrors.Describe(lhs));
        if (rhs is not null && !Values.IsNumeric(rhs)) throw JsonataErrors.Create("T2002", token: op, value: JsonataErrors.Describe(rhs));
        if (lhs is null || rhs is null) return null;
        double l = (double)lhs, r = (double)rhs;
        return op switch
        {
            "+" => l + r,
            "-" => l - r,
            "*" => l * r,
            "/" => l / r,
            _ => l % r,
        };
    }

    private static object? Compare(object? lhs, object? rhs, string op)
    {
        bool lComparable = lhs is null or string or double;
        bool rComparable = rhs is null or string or double;
        if (!lComparable || !rComparable)
        {
            throw JsonataErrors.Create("T2010", token: op, value: JsonataErrors.Describe(lhs is string or double ? rhs : lhs));
        }
        if (lhs is null || rhs is null) return null;
        if (lhs.GetType() != rhs.GetType())
        {
            throw JsonataErrors.Create("T2009", token: op, value: JsonataErrors.Describe(lhs), value2: JsonataErrors.Describe(rhs));
        }
        int c = lhs is string ls ? string.CompareOrdinal(ls, (string)rhs) : ((double)lhs).CompareTo((double)rhs);
        return op switch
        {
            "<" => Values.Bool(c < 0),
            "<=" => Values.Bool(c <= 0),
            ">" => Values.Bool(c > 0),
            _ => Values.Bool(c >= 0),
        };
    }

    private static object? Range(object? lhs, object? rhs)
    {
        if (lhs is not null && !IsInteger(lhs)) throw JsonataErrors.Create("T2003", value: JsonataErrors.Describe(lhs));
        if (rhs is not null && !IsInteger(rhs)) throw JsonataErrors.Create("T2004", value: JsonataErrors.Describe(rhs));
        if (lhs is null || rhs is null) return null;
        double from = (double)lhs, to = (double)rhs;
        if (from > to) return null;
        double size = to - from + 1;
        if (size > MaxRangeSize) throw JsonataErrors.Create("D2014", value: JsNumber.ToString(size));
        var result = new JList((int)size) { Sequence = true };
        for (double item = from; item <= to; item++) result.Add(item);
        return result;
    }

    private static bool IsInteger(object value) => value is double d && !double.IsInfinity(d) && Math.Floor(d) == d;

    private static object Includes(object? lhs, object? rhs)
    {
        if (lhs is null || rhs is null) return Values.False;
        if (rhs is not JList list) return Values.Bool(StrictEquals(lhs, rhs));
        foreach (object? item in list)
        {
            if (StrictEquals(lhs, item)) return Values.True;
        }
        return Values.False;
    }

    /// <summary>JavaScript's <c>===</c>: value equality for primitives, identity for objects and arrays.</summary>
    private static bool StrictEquals(object? a, object? b) => a switch
    {
        double x => b is double y && x == y,
        string x => b is string y && x == y,
        bool x => b is bool y && x == y,
        _ => ReferenceEquals(a, b),
    };

    private object? EvaluateUnary(Node expr, object? input, Frame environment)
    {
        switch (expr.Value)
        {
            case "-":
            {
                object? value = Evaluate(expr.Expression!, input, environment);
                if (value is null) return null;
                if (Values.IsNumeric(value)) return -(double)value;
                throw JsonataErrors.Create("D1002", expr.Position, expr.Value, JsonataErrors.Describe(value));
            }
            case "[":
            {
                var result = new JList(expr.Expressions!.Count);
                foreach (Node item in expr.Expressions)
                {
                    object? value = Evaluate(item, input, environment);
                    if (value is null) continue;
                    if (item.Type == NodeType.Unary && item.Value == "[") result.Add(value);
                    else if (value is JList array) result.AddRange(array);
                    else result.Add(value);
                }
                if (expr.ConsArray) result.Cons = true;
                return result;
            }
            default:
                return EvaluateGroup(expr.Pairs!, expr.Position, input, environment);
        }
    }
}
