using System;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Evaluation;

/// <summary>
/// The merge sort jsonata-js uses for <c>$sort</c> and order-by: stable, and driven by a "should these two swap"
/// predicate so user comparators behave identically.
/// </summary>
internal static class StableSort
{
    public static JList Sort(JList input, Func<object?, object?, bool> swap)
    {
        if (input.Count <= 1) return input;
        object?[] items = input.ToArray();
        object?[] buffer = new object?[items.Length];
        MergeSort(items, buffer, 0, items.Length, swap);
        return new JList(items);
    }

    private static void MergeSort(object?[] items, object?[] buffer, int start, int end, Func<object?, object?, bool> swap)
    {
        if (end - start <= 1) return;
        int middle = start + (end - start) / 2;
        MergeSort(items, buffer, start, middle, swap);
        MergeSort(items, buffer, middle, end, swap);
        int left = start, right = middle, target = start;
        while (left < middle && right < end)
        {
            if (swap(items[left], items[right])) buffer[target++] = items[right++];
            else buffer[target++] = items[left++];
        }
        while (left < middle) buffer[target++] = items[left++];
        while (right < end) buffer[target++] = items[right++];
        Array.Copy(buffer, start, items, start, end - start);
    }
}
