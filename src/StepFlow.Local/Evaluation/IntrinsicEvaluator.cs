using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StepFlow.Local.Errors;
using StepFlow.Local.Json;
using StepFlow.Paths;

namespace StepFlow.Local.Evaluation;

/// <summary>Runs intrinsic function calls (asl-reference §6) with AWS's observed quirks.</summary>
internal static class IntrinsicEvaluator
{
    public static JsonNode? Evaluate(IntrinsicCall call, in PathScope scope, string field)
    {
        var args = new JsonNode?[call.Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = EvaluateArgument(call.Arguments[i], scope, field);
        }

        try
        {
            return Invoke(call, args, scope.State.Random);
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidOperationException or JsonException or ArgumentException)
        {
            throw Failure(call, e.Message);
        }
    }

    private static JsonNode? EvaluateArgument(IntrinsicArgument argument, in PathScope scope, string field)
    {
        switch (argument)
        {
            case IntrinsicStringArgument s:
                return JsonValue.Create(s.Value);
            case IntrinsicNumberArgument n:
                return n.IsInteger && n.Value is >= long.MinValue and <= long.MaxValue ? JsonValue.Create((long)n.Value) : JsonValue.Create(n.Value);
            case IntrinsicBooleanArgument b:
                return JsonValue.Create(b.Value);
            case IntrinsicNullArgument:
                return null;
            case IntrinsicCallArgument nested:
                return Evaluate(nested.Call, scope, field);
            case IntrinsicPathArgument p:
                if (!JsonPathEvaluator.TryEvaluate(p.Path, scope, out var value))
                {
                    throw StatesErrorException.Runtime(
                        "The JSONPath '" + p.Path.Text + "' specified for the field '" + field + "' could not be found in the input '" + JsonNodes.ToCompactJson(scope.Input) + "'");
                }

                return value;
            default:
                throw new InvalidOperationException("Unknown intrinsic argument " + argument.GetType().Name);
        }
    }

    private static JsonNode? Invoke(IntrinsicCall call, JsonNode?[] a, Random random)
    {
        switch (call.Name)
        {
            case "States.Format":
                return JsonValue.Create(Format(call, a));
            case "States.StringToJson":
            {
                var text = String(call, a, 0);
                return string.IsNullOrWhiteSpace(text) ? null : JsonNodes.Parse(text);
            }

            case "States.JsonToString":
                return JsonValue.Create(JsonNodes.ToCompactJson(a[0]));
            case "States.Array":
            {
                var array = new JsonArray();
                foreach (var item in a)
                {
                    array.Add(JsonNodes.Detach(item));
                }

                return array;
            }

            case "States.ArrayPartition":
            {
                var source = Array(call, a, 0);
                var size = Integer(call, a, 1);
                if (size <= 0)
                {
                    throw Failure(call, "The chunk size must be a positive integer, but was " + size + ".");
                }

                var result = new JsonArray();
                JsonArray? chunk = null;
                foreach (var item in source)
                {
                    if (chunk is null || chunk.Count == size)
                    {
                        chunk = new JsonArray();
                        result.Add((JsonNode)chunk);
                    }

                    chunk.Add((JsonNode?)item?.DeepClone());
                }

                return result;
            }

            case "States.ArrayContains":
            {
                foreach (var item in Array(call, a, 0))
                {
                    if (JsonNodes.DeepEquals(item, a[1]))
                    {
                        return JsonValue.Create(true);
                    }
                }

                return JsonValue.Create(false);
            }

            case "States.ArrayRange":
                return Range(call, Integer(call, a, 0), Integer(call, a, 1), Integer(call, a, 2));
            case "States.ArrayGetItem":
            {
                var source = Array(call, a, 0);
                var index = Integer(call, a, 1);
                if (index < 0 || index >= source.Count)
                {
                    throw Failure(call, "The index " + index + " is out of range for an array of length " + source.Count + ".");
                }

                return source[(int)index]?.DeepClone();
            }

            case "States.ArrayLength":
                return JsonValue.Create(Array(call, a, 0).Count);
            case "States.ArrayUnique":
            {
                var result = new JsonArray();
                foreach (var item in Array(call, a, 0))
                {
                    var seen = false;
                    foreach (var kept in result)
                    {
                        if (JsonNodes.DeepEquals(kept, item))
                        {
                            seen = true;
                            break;
                        }
                    }

                    if (!seen)
                    {
                        result.Add(item?.DeepClone());
                    }
                }

                return result;
            }

            case "States.Base64Encode":
                return JsonValue.Create(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(LimitedString(call, a, 0))));
            case "States.Base64Decode":
                return JsonValue.Create(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(LimitedString(call, a, 0))));
            case "States.Hash":
                return JsonValue.Create(IntrinsicHash.Compute(call, a[0], String(call, a, 1)));
            case "States.JsonMerge":
                return Merge(call, a);
            case "States.MathRandom":
            {
                var start = JavaRound(Number(call, a, 0));
                var end = JavaRound(Number(call, a, 1));
                var source = a.Length > 2 ? new Random((int)JavaRound(Number(call, a, 2))) : random;
                return JsonValue.Create(start >= end ? start : start + (long)(source.NextDouble() * (end - start)));
            }

            case "States.MathAdd":
                return JsonValue.Create(checked(JavaRound(Number(call, a, 0)) + JavaRound(Number(call, a, 1))));
            case "States.StringSplit":
            {
                var parts = String(call, a, 0).Split(String(call, a, 1).ToCharArray(), StringSplitOptions.RemoveEmptyEntries);
                var result = new JsonArray();
                foreach (var part in parts)
                {
                    result.Add((JsonNode)JsonValue.Create(part));
                }

                return result;
            }

            case "States.UUID":
                return JsonValue.Create(NewUuid(random));
            default:
                throw Failure(call, "Unknown intrinsic function.");
        }
    }

    /// <summary>A version-4 UUID drawn from the execution's random source, so seeded runs repeat.</summary>
    public static string NewUuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexString(bytes).ToLowerInvariant();
        return hex.Substring(0, 8) + "-" + hex.Substring(8, 4) + "-" + hex.Substring(12, 4) + "-" + hex.Substring(16, 4) + "-" + hex.Substring(20, 12);
    }

    private static JsonArray Range(IntrinsicCall call, long start, long end, long step)
    {
        if (step == 0)
        {
            throw Failure(call, "The step must not be zero.");
        }

        var result = new JsonArray();
        for (var v = start; step > 0 ? v <= end : v >= end; v += step)
        {
            if (result.Count == 1000)
            {
                throw Failure(call, "The result would have more than 1000 elements.");
            }

            result.Add((JsonNode)JsonValue.Create(v));
        }

        return result;
    }

    private static JsonObject Merge(IntrinsicCall call, JsonNode?[] a)
    {
        if (a[0] is not JsonObject left || a[1] is not JsonObject right)
        {
            throw Failure(call, "Both values to merge must be JSON objects.");
        }

        if (a[2] is not JsonValue deep || deep.GetValueKind() != JsonValueKind.False)
        {
            throw Failure(call, "Only shallow merges are supported: the third argument must be false.");
        }

        var result = (JsonObject)left.DeepClone();
        foreach (var pair in right)
        {
            result[pair.Key] = pair.Value?.DeepClone();
        }

        return result;
    }

    private static string Format(IntrinsicCall call, JsonNode?[] a)
    {
        var template = call.Arguments[0] is IntrinsicStringArgument literal ? literal.RawText : EscapeForFormat(String(call, a, 0));
        var sb = new System.Text.StringBuilder();
        var next = 1;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '\\' && i + 1 < template.Length)
            {
                sb.Append(template[++i]);
            }
            else if (c == '{' && i + 1 < template.Length && template[i + 1] == '}')
            {
                if (next >= a.Length)
                {
                    throw Failure(call, "The number of arguments does not match the number of '{}' placeholders.");
                }

                JavaStyle.Append(sb, a[next++]);
                i++;
            }
            else
            {
                sb.Append(c);
            }
        }

        if (next != a.Length)
        {
            throw Failure(call, "The number of arguments does not match the number of '{}' placeholders.");
        }

        return sb.ToString();
    }

    private static string EscapeForFormat(string text) => text.Replace("\\", "\\\\");

    /// <summary>Java's Math.round: half-way values round toward positive infinity.</summary>
    internal static long JavaRound(double value) => checked((long)Math.Floor(value + 0.5));

    private static string String(IntrinsicCall call, JsonNode?[] a, int i) =>
        JsonNodes.IsString(a[i], out var s) ? s : throw Failure(call, "Argument " + (i + 1) + " must be a string but was " + Describe(a[i]) + ".");

    private static string LimitedString(IntrinsicCall call, JsonNode?[] a, int i)
    {
        var s = String(call, a, i);
        return s.Length <= 10000 ? s : throw Failure(call, "The input string exceeds the maximum of 10000 characters.");
    }

    private static double Number(IntrinsicCall call, JsonNode?[] a, int i) =>
        JsonNodes.IsNumber(a[i], out var d) ? d : throw Failure(call, "Argument " + (i + 1) + " must be a number but was " + Describe(a[i]) + ".");

    private static long Integer(IntrinsicCall call, JsonNode?[] a, int i)
    {
        var d = Number(call, a, i);
        return d == Math.Floor(d) ? (long)d : throw Failure(call, "Argument " + (i + 1) + " must be an integer but was " + d.ToString(CultureInfo.InvariantCulture) + ".");
    }

    private static JsonArray Array(IntrinsicCall call, JsonNode?[] a, int i) =>
        a[i] as JsonArray ?? throw Failure(call, "Argument " + (i + 1) + " must be an array but was " + Describe(a[i]) + ".");

    private static string Describe(JsonNode? node) => JsonNodes.KindOf(node).ToString().ToLowerInvariant();

    internal static StatesErrorException Failure(IntrinsicCall call, string message) =>
        new(StatesErrorNames.IntrinsicFailure, "Invalid arguments in " + call.Name + ": " + message);
}
