using System.Collections.Generic;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Functions;

/// <summary>$keys, $lookup, $spread, $merge, $exists, $type, $boolean, $not, $error, $assert, $clone.</summary>
internal static class ObjectFunctions
{
    public static void Register(BuiltinLibrary library)
    {
        library.Add("keys", "<x-:a<s>>", (_, a, _) => Keys(a[0]));
        library.Add("lookup", "<x-s:x>", (_, a, _) => Evaluation.Evaluator.Lookup(a[0], StringFunctions.Arg(a, 1) as string ?? "undefined"));
        library.Add("spread", "<x-:a<o>>", (_, a, _) => Spread(a[0]));
        library.Add("merge", "<a<o>:o>", (_, a, _) =>
        {
            if (a[0] is not JList list) return null;
            var result = new JObject();
            foreach (object? item in list)
            {
                if (item is not JObject obj) continue;
                foreach (var pair in obj) result[pair.Key] = pair.Value;
            }
            return result;
        });
        library.Add("exists", "<x:b>", (_, a, _) => Values.Bool(a[0] is not null));
        library.Add("type", "<x:s>", (_, a, _) => Values.TypeName(a[0]));
        library.Add("boolean", "<x-:b>", (_, a, _) => Values.ToBoolean(a[0]) is bool b ? Values.Bool(b) : null);
        library.Add("not", "<x-:b>", (_, a, _) => a[0] is null ? null : Values.Bool(!Values.Truthy(a[0])));
        library.Add("error", "<s?:x>", (_, a, _) =>
            throw JsonataErrors.Create("D3137", value: a.Length > 0 && a[0] is string { Length: > 0 } m ? m : "$error() function evaluated"));
        library.Add("assert", "<bs?:x>", (_, a, _) =>
        {
            if (a[0] is bool b && b) return null;
            string message = StringFunctions.Arg(a, 1) is string { Length: > 0 } m ? m : "$assert() statement failed";
            throw JsonataErrors.Create("D3141", value: message);
        });
        library.Add("clone", "<(oa)-:o>", (_, a, _) => a[0] is null ? null : Clone(a[0]));
    }

    private static JList Keys(object? arg)
    {
        var result = JList.NewSequence();
        if (arg is JList list)
        {
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (object? item in list)
            {
                foreach (object? key in Keys(item))
                {
                    if (seen.Add((string)key!)) result.Add(key);
                }
            }
        }
        else if (arg is JObject obj)
        {
            foreach (string key in obj.Keys) result.Add(key);
        }
        return result;
    }

    private static object? Spread(object? arg)
    {
        StackGuard.Check();
        if (arg is JList list)
        {
            object? result = JList.NewSequence();
            foreach (object? item in list) result = ArrayFunctions.Append(result, Spread(item));
            return result;
        }
        if (arg is JObject obj)
        {
            var result = JList.NewSequence();
            foreach (var pair in obj) result.Add(new JObject { [pair.Key] = pair.Value });
            return result;
        }
        return arg;
    }

    /// <summary>A deep copy, as <c>JSON.parse(JSON.stringify(value))</c>: functions become "" and undefined members vanish.</summary>
    public static object? Clone(object? value)
    {
        StackGuard.Check();
        switch (value)
        {
            case JList list:
            {
                var copy = new JList(list.Count);
                foreach (object? item in list) copy.Add(item is null ? JNull.Value : Clone(item));
                return copy;
            }
            case JObject obj:
            {
                var copy = new JObject(obj.Count);
                foreach (var pair in obj)
                {
                    if (pair.Value is not null) copy[pair.Key] = Clone(pair.Value);
                }
                return copy;
            }
            case FunctionValue:
                return string.Empty;
            case double d:
                return JsNumber.ToPrecision15(d);
            default:
                return value;
        }
    }
}
