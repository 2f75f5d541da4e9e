using StepFlow.Jsonata.Evaluation;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Functions;

/// <summary>$map, $filter, $single, $reduce, $sift, $each: they pass as many of (value, index/key, whole) as the function declares.</summary>
internal static class HigherOrderFunctions
{
    public static void Register(BuiltinLibrary library)
    {
        library.Add("map", "<af>", (ev, a, _) =>
        {
            if (a[0] is not JList list) return null;
            var function = (FunctionValue)a[1]!;
            var result = new JList(list.Count) { Sequence = true };
            for (int i = 0; i < list.Count; i++)
            {
                object? res = ev.Apply(function, Arguments(function, list[i], (double)i, list), null);
                if (res is not null) result.Add(res);
            }
            return result;
        });
        library.Add("filter", "<af>", (ev, a, _) =>
        {
            if (a[0] is not JList list) return null;
            var function = (FunctionValue)a[1]!;
            var result = JList.NewSequence();
            for (int i = 0; i < list.Count; i++)
            {
                if (Values.Truthy(ev.Apply(function, Arguments(function, list[i], (double)i, list), null))) result.Add(list[i]);
            }
            return result;
        });
        library.Add("single", "<af?>", (ev, a, _) =>
        {
            if (a[0] is not JList list) return null;
            var function = StringFunctions.Arg(a, 1) as FunctionValue;
            bool found = false;
            object? result = null;
            for (int i = 0; i < list.Count; i++)
            {
                bool positive = function is null || Values.Truthy(ev.Apply(function, Arguments(function, list[i], (double)i, list), null));
                if (!positive) continue;
                if (found) throw JsonataErrors.Create("D3138");
                result = list[i];
                found = true;
            }
            if (!found) throw JsonataErrors.Create("D3139");
            return result;
        });
        library.Add("reduce", "<afj?:j>", (ev, a, _) => Reduce(ev, a));
        library.Add("sift", "<o-f?:o>", (ev, a, _) =>
        {
            if (a[0] is not JObject obj) return null;
            var function = StringFunctions.Arg(a, 1) as FunctionValue;
            var result = new JObject();
            foreach (var pair in obj)
            {
                if (function is null || Values.Truthy(ev.Apply(function, Arguments(function, pair.Value, pair.Key, obj), null)))
                {
                    result[pair.Key] = pair.Value;
                }
            }
            return result.Count == 0 ? null : result;
        });
        library.Add("each", "<o-f:a>", (ev, a, _) =>
        {
            var result = JList.NewSequence();
            if (a[0] is not JObject obj) return result;
            var function = (FunctionValue)a[1]!;
            foreach (var pair in obj)
            {
                object? value = ev.Apply(function, Arguments(function, pair.Value, pair.Key, obj), null);
                if (value is not null) result.Add(value);
            }
            return result;
        });
    }

    /// <summary>jsonata's <c>hofFuncArgs</c>: the value always, then index/key and the whole input if the function takes them.</summary>
    private static object?[] Arguments(FunctionValue function, object? value, object? second, object? third)
    {
        int arity = function.Arity;
        if (arity >= 3) return new[] { value, second, third };
        if (arity == 2) return new[] { value, second };
        return new[] { value };
    }

    private static object? Reduce(Evaluator ev, object?[] a)
    {
        if (a[0] is not JList sequence) return null;
        var function = (FunctionValue)a[1]!;
        int arity = function.Arity;
        if (arity < 2) throw JsonataErrors.Create("D3050");
        object? init = StringFunctions.Arg(a, 2);
        object? result;
        int index;
        if (init is null && sequence.Count > 0)
        {
            result = sequence[0];
            index = 1;
        }
        else
        {
            result = init;
            index = 0;
        }
        while (index < sequence.Count)
        {
            object?[] args = arity >= 4
                ? new[] { result, sequence[index], (double)index, sequence }
                : arity == 3 ? new[] { result, sequence[index], (double)index } : new[] { result, sequence[index] };
            result = ev.Apply(function, args, null);
            index++;
        }
        return result;
    }
}
