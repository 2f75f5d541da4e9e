using System;
using StepFlow.Jsonata.Evaluation;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Functions;

/// <summary>$append, $reverse, $sort, $shuffle, $distinct, $zip, $count-style array helpers.</summary>
internal static class ArrayFunctions
{
    public static void Register(BuiltinLibrary library)
    {
        library.Add("append", "<xx:a>", (_, a, _) => Append(a[0], StringFunctions.Arg(a, 1)));
        library.Add("reverse", "<a:a>", (_, a, _) =>
        {
            if (a[0] is not JList list) return null;
            if (list.Count <= 1) return list;
            var result = new JList(list);
            result.Reverse();
            return result;
        });
        library.Add("sort", "<af?:a>", (ev, a, _) => Sort(ev, a[0] as JList, StringFunctions.Arg(a, 1)));
        library.Add("shuffle", "<a:a>", (_, a, _) =>
        {
            if (a[0] is not JList list) return null;
            if (list.Count <= 1) return list;
            var result = new JList(list);
            for (int i = result.Count - 1; i > 0; i--)
            {
                int j = Random.Shared.Next(i + 1);
                (result[i], result[j]) = (result[j], result[i]);
            }
            return result;
        });
        library.Add("distinct", "<x:x>", (_, a, _) =>
        {
            if (a[0] is not JList { Count: > 1 } list) return a[0];
            var results = new JList { Sequence = list.Sequence };
            foreach (object? value in list)
            {
                bool includes = false;
                foreach (object? seen in results)
                {
                    if (Values.DeepEquals(value, seen))
                    {
                        includes = true;
                        break;
                    }
                }
                if (!includes) results.Add(value);
            }
            return results;
        });
        library.Add("zip", "<a+>", (_, a, _) =>
        {
            var result = new JList();
            if (a.Length == 0) return result;
            int length = int.MaxValue;
            foreach (object? arg in a) length = Math.Min(length, arg is JList l ? l.Count : 0);
            for (int i = 0; i < length; i++)
            {
                var tuple = new JList(a.Length);
                foreach (object? arg in a) tuple.Add(((JList)arg!)[i]);
                result.Add(tuple);
            }
            return result;
        }, arity: 0);
    }

    /// <summary>jsonata's <c>append</c>: concatenation that treats single values as one-element arrays.</summary>
    public static object? Append(object? arg1, object? arg2)
    {
        if (arg1 is null) return arg2;
        if (arg2 is null) return arg1;
        var result = new JList();
        if (arg1 is JList l1) result.AddRange(l1);
        else result.Add(arg1);
        if (arg2 is JList l2) result.AddRange(l2);
        else result.Add(arg2);
        return result;
    }

    private static object? Sort(Evaluator ev, JList? list, object? comparator)
    {
        if (list is null) return null;
        if (list.Count <= 1) return list;
        if (comparator is null)
        {
            bool numbers = Values.IsArrayOfNumbers(list);
            if (!numbers && !Values.IsArrayOfStrings(list)) throw JsonataErrors.Create("D3070");
            return StableSort.Sort(list, numbers
                ? (x, y) => (double)x! > (double)y!
                : (x, y) => string.CompareOrdinal((string)x!, (string)y!) > 0);
        }
        return StableSort.Sort(list, (x, y) => Values.Truthy(ev.Apply(comparator, new[] { x, y }, null)));
    }
}
