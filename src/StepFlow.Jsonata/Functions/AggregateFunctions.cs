using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Functions;

/// <summary>$sum, $count, $max, $min, $average.</summary>
internal static class AggregateFunctions
{
    public static void Register(BuiltinLibrary library)
    {
        library.Add("sum", "<a<n>:n>", (_, a, _) =>
        {
            if (a[0] is not JList list) return null;
            double total = 0;
            foreach (object? n in list) total += (double)n!;
            return total;
        });
        library.Add("count", "<a:n>", (_, a, _) => a[0] is JList list ? (double)list.Count : 0d);
        library.Add("max", "<a<n>:n>", (_, a, _) =>
        {
            if (a[0] is not JList { Count: > 0 } list) return null;
            double max = double.NegativeInfinity;
            foreach (object? n in list) max = System.Math.Max(max, (double)n!);
            return max;
        });
        library.Add("min", "<a<n>:n>", (_, a, _) =>
        {
            if (a[0] is not JList { Count: > 0 } list) return null;
            double min = double.PositiveInfinity;
            foreach (object? n in list) min = System.Math.Min(min, (double)n!);
            return min;
        });
        library.Add("average", "<a<n>:n>", (_, a, _) =>
        {
            if (a[0] is not JList { Count: > 0 } list) return null;
            double total = 0;
            foreach (object? n in list) total += (double)n!;
            return total / list.Count;
        });
    }
}
