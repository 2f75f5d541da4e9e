using System.Collections.Generic;
using StepFlow.Jsonata.Parsing;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Evaluation;

/// <summary>Location paths: steps, predicates, tuple streams (for <c>@</c>, <c>#</c> and <c>%</c>) and sorting.</summary>
internal sealed partial class Evaluator
{
    private object? EvaluatePath(Node expr, object? input, Frame environment)
    {
        List<Node> steps = expr.Steps!;
        JList inputSequence = input is JList list && steps[0].Type != NodeType.Variable ? list : JList.NewSequence(input);
        JList? resultSequence = null;
        bool isTupleStream = false;
        JList? tupleBindings = null;

        for (int ii = 0; ii < steps.Count; ii++)
        {
            Node step = steps[ii];
            if (step.Tuple) isTupleStream = true;
            if (ii == 0 && step.ConsArray)
            {
                object? constructed = Evaluate(step, inputSequence, environment);
                resultSequence = constructed as JList ?? (constructed is null ? null : JList.NewSequence(constructed));
            }
            else if (isTupleStream)
            {
                tupleBindings = EvaluateTupleStep(step, inputSequence, tupleBindings, environment);
            }
            else
            {
                resultSequence = EvaluateStep(step, inputSequence, environment, ii == steps.Count - 1);
            }
            if (!isTupleStream && (resultSequence is null || resultSequence.Count == 0)) break;
            if (step.Focus is null) inputSequence = resultSequence!;
        }

        object? result = resultSequence;
        if (isTupleStream)
        {
            if (expr.Tuple)
            {
                result = tupleBindings;
            }
            else
            {
                var values = JList.NewSequence();
                if (tupleBindings is not null)
                {
                    foreach (object? tuple in tupleBindings) values.Add(((TupleItem)tuple!).Context);
                }
                result = values;
            }
        }
        if (expr.KeepSingletonArray && result is JList keep)
        {
            if (keep.Cons && !keep.Sequence) keep = JList.NewSequence(keep);
            // Only sequences collapse, so only they need the flag (and input arrays are never written to).
            if (keep.Sequence) keep.KeepSingleton = true;
            result = keep;
        }
        if (expr.Group is not null)
        {
            result = EvaluateGroup(expr.Group.Pairs, expr.Group.Position, isTupleStream ? tupleBindings : result, environment);
        }
        return result;
    }

    private JList EvaluateStep(Node expr, JList input, Frame environment, bool lastStep)
    {
        if (expr.Type == NodeType.Sort)
        {
            JList sorted = EvaluateSort(expr, input, environment);
            return expr.Stages is null ? sorted : EvaluateStages(expr.Stages, sorted, environment);
        }

        // Results are flattened into one sequence as they come; the first is held back because a lone array
        // result of the last step is returned as it is (and of an inner step, iterated as it is).
        JList resultSequence = JList.NewSequence();
        object? first = null;
        int count = 0;
        for (int ii = 0; ii < input.Count; ii++)
        {
            object? res = expr.IsPlainNameStep ? LookupStep(input[ii], expr.Value!) : Evaluate(expr, input[ii], environment);
            if (expr.Stages is not null)
            {
                foreach (Stage stage in expr.Stages) res = EvaluateFilter(stage.Expression!, res, environment);
            }
            if (res is null) continue;
            count++;
            if (count == 1)
            {
                first = res;
                continue;
            }
            if (count == 2) AddFlattened(resultSequence, first);
            AddFlattened(resultSequence, res);
        }
        if (count == 1)
        {
            if (first is JList { Sequence: false } only && (lastStep || (!only.Cons && only.Count > 0))) return only;
            AddFlattened(resultSequence, first);
        }
        return resultSequence;
    }

    private static void AddFlattened(JList target, object? value)
    {
        if (value is JList array && !array.Cons) target.AddRange(array);
        else target.Add(value);
    }

    /// <summary>What <c>Evaluate</c> returns for a plain field-name step, without the general machinery.</summary>
    private static object? LookupStep(object? item, string name)
    {
        object? value = item is JObject obj ? (obj.TryGetValue(name, out object? field) ? field : null) : Lookup(item, name);
        if (value is JList { Sequence: true, TupleStream: false } sequence)
        {
            if (sequence.Count == 0) return null;
            if (sequence.Count == 1 && !sequence.KeepSingleton) return sequence[0];
        }
        return value;
    }

    private JList EvaluateStages(List<Stage> stages, JList input, Frame environment)
    {
        JList result = input;
        foreach (Stage stage in stages)
        {
            if (stage.IsIndex)
            {
                for (int ee = 0; ee < result.Count; ee++)
                {
                    if (result[ee] is TupleItem tuple) tuple.Bindings[stage.Variable!] = (double)ee;
                }
            }
            else
            {
                result = AsList(EvaluateFilter(stage.Expression!, result, environment));
            }
        }
        return result;
    }

    private static JList AsList(object? value) => value as JList ?? JList.NewSequence(value);

    private JList EvaluateTupleStep(Node expr, JList input, JList? tupleBindings, Frame environment)
    {
        JList result;
        if (expr.Type == NodeType.Sort)
        {
            if (tupleBindings is not null)
            {
                result = EvaluateSort(expr, tupleBindings, environment);
            }
            else
            {
                JList sorted = EvaluateSort(expr, input, environment);
                result = JList.NewSequence();
                result.TupleStream = true;
                for (int ss = 0; ss < sorted.Count; ss++)
                {
                    var tuple = new TupleItem(sorted[ss]);
                    if (expr.Index is not null) tuple.Bindings[expr.Index] = (double)ss;
                    result.Add(tuple);
                }
            }
            return expr.Stages is null ? result : EvaluateStages(expr.Stages, result, environment);
        }

        result = JList.NewSequence();
        result.TupleStream = true;
        if (tupleBindings is null)
        {
            tupleBindings = new JList(input.Count);
            foreach (object? item in input) tupleBindings.Add(new TupleItem(item));
        }
        foreach (object? entry in tupleBindings)
        {
            var binding = (TupleItem)entry!;
            Frame stepEnv = FrameFromTuple(environment, binding);
            object? res = Evaluate(expr, binding.Context, stepEnv);
            if (res is null) continue;
            JList items = res as JList ?? new JList { res };
            for (int bb = 0; bb < items.Count; bb++)
            {
                TupleItem tuple = binding.Copy();
                if (items.TupleStream)
                {
                    var inner = (TupleItem)items[bb]!;
                    tuple.Context = inner.Context;
                    foreach (var pair in inner.Bindings) tuple.Bindings[pair.Key] = pair.Value;
                }
                else
                {
                    if (expr.Focus is not null)
                    {
                        tuple.Bindings[expr.Focus] = items[bb];
                        tuple.Context = binding.Context;
                    }
                    else
                    {
                        tuple.Context = items[bb];
                    }
                    if (expr.Index is not null) tuple.Bindings[expr.Index] = (double)bb;
                    if (expr.Ancestor is not null) tuple.Bindings[expr.Ancestor.Label] = binding.Context;
                }
                result.Add(tuple);
            }
        }
        return expr.Stages is null ? result : EvaluateStages(expr.Stages, result, environment);
    }

    private static Frame FrameFromTuple(Frame environment, TupleItem tuple)
    {
        var frame = new Frame(environment);
        foreach (var pair in tuple.Bindings) frame.Bind(pair.Key, pair.Value);
        frame.Bind("@", tuple.Context);
        return frame;
    }

    private object? EvaluateFilter(Node predicate, object? input, Frame environment)
    {
        JList results = JList.NewSequence();
        if (input is JList { TupleStream: true }) results.TupleStream = true;
        JList inputList = input as JList ?? JList.NewSequence(input);
        if (predicate.Type == NodeType.Number)
        {
            int index = (int)System.Math.Floor((double)predicate.Literal!);
            if (index < 0) index = inputList.Count + index;
            object? item = index >= 0 && index < inputList.Count ? inputList[index] : null;
            if (item is not null)
            {
                if (item is JList array) return array;
                results.Add(item);
            }
            return results;
        }

        for (int index = 0; index < inputList.Count; index++)
        {
            object? item = inputList[index];
            object? context = item;
            Frame env = environment;
            if (inputList.TupleStream && item is TupleItem tuple)
            {
                context = tuple.Context;
                env = FrameFromTuple(environment, tuple);
            }
            object? res = Evaluate(predicate, context, env);
            if (Values.IsNumeric(res))
            {
                if (MatchesIndex((double)res!, index, inputList.Count)) results.Add(item);
            }
            else if (res is JList numbers && numbers.Count > 0 && Values.IsArrayOfNumbers(numbers))
            {
                foreach (object? n in numbers)
                {
                    if (MatchesIndex((double)n!, index, inputList.Count)) results.Add(item);
                }
            }
            else if (Values.Truthy(res))
            {
                results.Add(item);
            }
        }
        return results;
    }

    private static bool MatchesIndex(double value, int index, int count)
    {
        double ii = System.Math.Floor(value);
        if (ii < 0) ii = count + ii;
        return ii == index;
    }

    private JList EvaluateSort(Node expr, JList input, Frame environment)
    {
        bool isTupleSort = input.TupleStream;
        int Compare(object? a, object? b)
        {
            int comp = 0;
            for (int index = 0; comp == 0 && index < expr.Terms!.Count; index++)
            {
                SortTerm term = expr.Terms[index];
                object? aa = SortKey(term, a);
                object? bb = SortKey(term, b);
                if (aa is null)
                {
                    comp = bb is null ? 0 : 1;
                    continue;
                }
                if (bb is null)
                {
                    comp = -1;
                    continue;
                }
                if (aa is not (string or double) || bb is not (string or double))
                {
                    throw JsonataErrors.Create("T2008", expr.Position, value: JsonataErrors.Describe(aa is string or double ? bb : aa));
                }
                if (aa.GetType() != bb.GetType())
                {
                    throw JsonataErrors.Create("T2007", expr.Position, value: JsonataErrors.Describe(aa), value2: JsonataErrors.Describe(bb));
                }
                int c = aa is string sa ? string.CompareOrdinal(sa, (string)bb) : ((double)aa).CompareTo((double)bb);
                if (c == 0) continue;
                comp = c < 0 ? -1 : 1;
                if (term.Descending) comp = -comp;
            }
            return comp;
        }

        object? SortKey(SortTerm term, object? item)
        {
            if (isTupleSort && item is TupleItem tuple)
            {
                return Evaluate(term.Expression, tuple.Context, FrameFromTuple(environment, tuple));
            }
            return Evaluate(term.Expression, item, environment);
        }

        JList sorted = StableSort.Sort(input, (a, b) => Compare(a, b) > 0);
        sorted.Sequence = true;
        sorted.TupleStream = isTupleSort;
        return sorted;
    }
}
