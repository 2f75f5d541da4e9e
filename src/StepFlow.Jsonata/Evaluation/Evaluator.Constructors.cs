using System.Collections.Generic;
using StepFlow.Jsonata.Parsing;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Evaluation;

/// <summary>Object construction / grouping (<c>{ }</c>) and transforms (<c>| pattern | update, delete |</c>).</summary>
internal sealed partial class Evaluator
{
    private sealed class GroupEntry
    {
        public GroupEntry(object? data, int exprIndex)
        {
            Data = data;
            ExprIndex = exprIndex;
        }

        public object? Data;
        public readonly int ExprIndex;
    }

    private JObject EvaluateGroup(List<(Node Key, Node Value)> pairs, int position, object? input, Frame environment)
    {
        var result = new JObject(pairs.Count);
        bool reduce = input is JList { TupleStream: true };
        JList items = input as JList ?? JList.NewSequence(input);
        if (items.Count == 0) items = JList.NewSequence(null);

        // Common case: a plain object constructor over a single context value, evaluated straight through.
        if (!reduce && items.Count == 1 && pairs.Count <= 8)
        {
            object? item = items[0];
            if (TryConstructDirect(pairs, position, item, environment, result)) return result;
            result.Clear();
        }

        var groups = new Dictionary<string, GroupEntry>(System.StringComparer.Ordinal);
        foreach (object? item in items)
        {
            TupleItem? tuple = reduce ? (TupleItem)item! : null;
            Frame env = tuple is not null ? FrameFromTuple(environment, tuple) : environment;
            for (int pairIndex = 0; pairIndex < pairs.Count; pairIndex++)
            {
                object? key = Evaluate(pairs[pairIndex].Key, tuple is not null ? tuple.Context : item, env);
                if (key is null) continue;
                if (key is not string name) throw JsonataErrors.Create("T1003", position, value: JsonataErrors.Describe(key));
                if (groups.TryGetValue(name, out GroupEntry? entry))
                {
                    if (entry.ExprIndex != pairIndex) throw JsonataErrors.Create("D1009", position, value: JsonataErrors.Describe(name));
                    entry.Data = Functions.ArrayFunctions.Append(entry.Data, item);
                }
                else
                {
                    groups[name] = new GroupEntry(item, pairIndex);
                }
            }
        }

        foreach (var (key, entry) in groups)
        {
            object? context = entry.Data;
            Frame env = environment;
            if (reduce)
            {
                TupleItem tuple = ReduceTupleStream(entry.Data);
                context = tuple.Context;
                env = new Frame(environment);
                foreach (var pair in tuple.Bindings) env.Bind(pair.Key, pair.Value);
            }
            object? value = Evaluate(pairs[entry.ExprIndex].Value, context, env);
            if (value is not null) result[key] = value;
        }
        return result;
    }

    /// <summary>
    /// With one context value each key is evaluated once, so values can be evaluated as keys are found — unless
    /// two pairs produce the same key, which needs the grouping path (returns false to fall back).
    /// </summary>
    private bool TryConstructDirect(List<(Node Key, Node Value)> pairs, int position, object? item, Frame environment, JObject result)
    {
        if (pairs.Count > 1)
        {
            // Keys must be known distinct before any value is evaluated (values may have side effects via :=).
            for (int i = 0; i < pairs.Count; i++)
            {
                if (pairs[i].Key.Type != NodeType.String) return false;
                for (int j = 0; j < i; j++)
                {
                    if ((string)pairs[j].Key.Literal! == (string)pairs[i].Key.Literal!) return false;
                }
            }
        }
        foreach (var (keyNode, valueNode) in pairs)
        {
            object? key = Evaluate(keyNode, item, environment);
            if (key is null) continue;
            if (key is not string name) throw JsonataErrors.Create("T1003", position, value: JsonataErrors.Describe(key));
            object? value = Evaluate(valueNode, item, environment);
            if (value is not null) result[name] = value;
        }
        return true;
    }

    private static TupleItem ReduceTupleStream(object? data)
    {
        if (data is not JList list) return (TupleItem)data!;
        var first = (TupleItem)list[0]!;
        TupleItem result = first.Copy();
        for (int ii = 1; ii < list.Count; ii++)
        {
            var tuple = (TupleItem)list[ii]!;
            result.Context = Functions.ArrayFunctions.Append(result.Context, tuple.Context);
            foreach (var pair in tuple.Bindings)
            {
                result.Bindings.TryGetValue(pair.Key, out object? existing);
                result.Bindings[pair.Key] = Functions.ArrayFunctions.Append(existing, pair.Value);
            }
        }
        return result;
    }

    private NativeFunction CreateTransformer(Node expr, Frame environment)
    {
        return new NativeFunction("transform", "<(oa):o>", (evaluator, args, _) =>
        {
            object? obj = args.Length > 0 ? args[0] : null;
            if (obj is null) return null;
            object? clone = environment.Lookup("clone");
            if (clone is not FunctionValue cloneFunction) throw JsonataErrors.Create("T2013", expr.Position);
            object? result = evaluator.Apply(cloneFunction, new[] { obj }, null);
            object? matches = evaluator.Evaluate(expr.Pattern!, result, environment);
            if (matches is null) return result;
            JList matchList = matches as JList ?? new JList { matches };
            foreach (object? match in matchList)
            {
                object? update = evaluator.Evaluate(expr.Update!, match, environment);
                if (update is not null)
                {
                    if (update is not JObject updateObject)
                    {
                        throw JsonataErrors.Create("T2011", expr.Update!.Position, value: JsonataErrors.Describe(update));
                    }
                    if (match is JObject target)
                    {
                        foreach (var pair in updateObject) target[pair.Key] = pair.Value;
                    }
                }
                if (expr.Delete is null) continue;
                object? deletions = evaluator.Evaluate(expr.Delete, match, environment);
                if (deletions is null) continue;
                JList deletionList = deletions as JList ?? new JList { deletions };
                if (!Values.IsArrayOfStrings(deletionList))
                {
                    throw JsonataErrors.Create("T2012", expr.Delete.Position, value: JsonataErrors.Describe(deletions));
                }
                if (match is JObject targetObject)
                {
                    foreach (object? name in deletionList) targetObject.RemoveKeepingOrder((string)name!);
                }
            }
            return result;
        });
    }
}
