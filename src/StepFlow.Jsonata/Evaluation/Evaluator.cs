using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using StepFlow.Jsonata.Parsing;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Evaluation;

/// <summary>
/// Walks the syntax tree for one evaluation. An instance is created per call to <c>Evaluate</c>, so it may hold
/// per-run state (depth, deadline, the frozen clock for <c>$now()</c>) while the tree itself stays shared.
/// </summary>
internal sealed partial class Evaluator
{
    private const int TimeCheckInterval = 256;

    private readonly int _maxDepth;
    private readonly long _deadline;
    private readonly System.Threading.CancellationToken _cancellation;
    private int _depth;
    private int _untilTimeCheck = TimeCheckInterval;

    public Evaluator(JsonataEvaluationOptions options)
    {
        Options = options;
        _maxDepth = options.MaxDepth;
        _deadline = options.Timeout == System.Threading.Timeout.InfiniteTimeSpan
            ? long.MaxValue
            : Stopwatch.GetTimestamp() + (long)(options.Timeout.TotalSeconds * Stopwatch.Frequency);
        _cancellation = options.CancellationToken;
    }

    private DateTimeOffset? _now;

    public JsonataEvaluationOptions Options { get; }

    /// <summary>The instant <c>$now()</c> and <c>$millis()</c> report: read once, on first use, then fixed for the evaluation.</summary>
    public DateTimeOffset Now => _now ??= (Options.TimeProvider ?? TimeProvider.System).GetUtcNow();

    /// <summary>Evaluates a whole expression: a top-level array input is wrapped so it is treated as one value.</summary>
    public object? Run(Node ast, object? input, Frame environment)
    {
        if (input is JList list && !list.Sequence)
        {
            var wrapper = JList.NewSequence(list);
            wrapper.OuterWrapper = true;
            input = wrapper;
        }
        return Evaluate(ast, input, environment);
    }

    public object? Evaluate(Node expr, object? input, Frame environment)
    {
        Enter(expr);
        object? result;
        switch (expr.Type)
        {
            case NodeType.Path:
                if (expr.IsSimpleName && TryWalkFields(expr, input, environment, out result)) break;
                result = EvaluatePath(expr, input, environment);
                break;
            case NodeType.Binary:
                result = EvaluateBinary(expr, input, environment);
                break;
            case NodeType.Unary:
                result = EvaluateUnary(expr, input, environment);
                break;
            case NodeType.Name:
                result = Lookup(input, expr.Value!);
                break;
            case NodeType.String:
            case NodeType.Number:
            case NodeType.Value:
                result = expr.Literal;
                break;
            case NodeType.Wildcard:
                result = EvaluateWildcard(input);
                break;
            case NodeType.Descendant:
                result = EvaluateDescendants(input);
                break;
            case NodeType.Parent:
                result = environment.Lookup(expr.Slot!.Label);
                break;
            case NodeType.Condition:
                result = Values.Truthy(Evaluate(expr.Condition!, input, environment))
                    ? Evaluate(expr.Then!, input, environment)
                    : expr.Else is null ? null : Evaluate(expr.Else, input, environment);
                break;
            case NodeType.Block:
                result = EvaluateBlock(expr, input, environment);
                break;
            case NodeType.Bind:
                result = Evaluate(expr.Rhs!, input, environment);
                environment.Bind(expr.Lhs!.Value!, result);
                break;
            case NodeType.Regex:
                result = expr.Regex;
                break;
            case NodeType.Function:
                result = EvaluateFunction(expr, input, environment, null, false);
                break;
            case NodeType.Variable:
                result = expr.Value!.Length == 0
                    ? (input is JList { OuterWrapper: true } wrapper ? wrapper[0] : input)
                    : environment.Lookup(expr.Value);
                break;
            case NodeType.Lambda:
                result = new LambdaFunction(expr, expr.Body!, expr.ParameterNames!, input, environment, expr.Signature, expr.Thunk);
                break;
            case NodeType.Partial:
                result = EvaluatePartialApplication(expr, input, environment);
                break;
            case NodeType.Apply:
                result = EvaluateApply(expr, input, environment);
                break;
            case NodeType.Transform:
                result = CreateTransformer(expr, environment);
                break;
            default:
                throw JsonataErrors.Create("S0206", expr.Position, expr.Value);
        }

        if (expr.Predicate is not null)
        {
            foreach (Stage stage in expr.Predicate) result = EvaluateFilter(stage.Expression!, result, environment);
        }
        if (expr.Type != NodeType.Path && expr.Group is not null)
        {
            result = EvaluateGroup(expr.Group.Pairs, expr.Group.Position, result, environment);
        }

        _depth--;
        if (result is JList { Sequence: true, TupleStream: false } sequence)
        {
            if (expr.KeepArray) sequence.KeepSingleton = true;
            if (sequence.Count == 0) return null;
            if (sequence.Count == 1) return sequence.KeepSingleton ? sequence : sequence[0];
        }
        return result;
    }

    /// <summary>Guards every evaluation step: nesting depth, the real stack, the time budget and cancellation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter(Node expr)
    {
        // The real stack is probed every few levels: each level uses far less than the margin the probe guarantees.
        if (++_depth > _maxDepth || ((_depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            throw JsonataErrors.Create("U1001", expr.Position,
                value: "Stack overflow error: Check for non-terminating recursive function.  Consider rewriting as tail-recursive.");
        }
        if (--_untilTimeCheck == 0) CheckTime(expr);
    }

    private void CheckTime(Node expr)
    {
        _untilTimeCheck = TimeCheckInterval;
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw JsonataErrors.Create("U1001", expr.Position, value: "Expression evaluation timeout: Check for infinite loop");
        }
        if (_cancellation.IsCancellationRequested)
        {
            throw JsonataErrors.Create("U1001", expr.Position, value: "Expression evaluation was cancelled");
        }
    }

    /// <summary>
    /// Fast path for paths of plain field names over single objects (the common <c>a.b.c</c>, <c>$v.price</c>):
    /// walks the objects directly. Gives up (returns false) when an array or a stored sequence is met, leaving the
    /// general rules to flatten it; the steps are pure lookups, so starting again is harmless.
    /// </summary>
    private bool TryWalkFields(Node expr, object? input, Frame environment, out object? result)
    {
        List<Node> steps = expr.Steps!;
        object? current;
        int start;
        if (steps[0].Type == NodeType.Variable)
        {
            current = Evaluate(steps[0], input, environment);
            start = 1;
        }
        else
        {
            current = input;
            start = 0;
        }
        for (int i = start; i < steps.Count; i++)
        {
            if (current is JObject obj)
            {
                current = obj.TryGetValue(steps[i].Value!, out object? field) ? field : null;
            }
            else if (current is JList)
            {
                result = null;
                return false;
            }
            else
            {
                result = null;
                return true;
            }
        }
        result = current;
        return current is not JList { Sequence: true } && !(start == 1 && steps.Count == 1 && current is JList);
    }

    private object? EvaluateBlock(Node expr, object? input, Frame environment)
    {
        var frame = new Frame(environment);
        object? result = null;
        foreach (Node e in expr.Expressions!) result = Evaluate(e, input, frame);
        return result;
    }

    /// <summary>jsonata's <c>lookup</c>: a field of an object, or of every object in an array (flattened).</summary>
    public static object? Lookup(object? input, string key)
    {
        switch (input)
        {
            case JList list:
            {
                StackGuard.Check();
                var result = JList.NewSequence();
                foreach (object? item in list)
                {
                    object? value = Lookup(item, key);
                    if (value is null) continue;
                    if (value is JList inner) result.AddRange(inner);
                    else result.Add(value);
                }
                return result;
            }
            case JObject obj:
                return obj.TryGetValue(key, out object? found) ? found : null;
            default:
                return null;
        }
    }

    private static object? EvaluateWildcard(object? input)
    {
        JList results = JList.NewSequence();
        if (input is JList { OuterWrapper: true } wrapper && wrapper.Count > 0) input = wrapper[0];
        if (input is JList list)
        {
            // A JavaScript array is an object whose keys are its indexes, so '*' over a top-level array yields its members.
            var members = new JList(list.Count);
            Values.Flatten(list, members);
            return members;
        }
        if (input is JObject obj)
        {
            foreach (var pair in obj)
            {
                if (pair.Value is JList array)
                {
                    var flattened = new JList();
                    Values.Flatten(array, flattened);
                    // fn.append returns a plain (non-sequence) array, as in jsonata-js
                    var appended = new JList(results.Count + flattened.Count);
                    appended.AddRange(results);
                    appended.AddRange(flattened);
                    results = appended;
                }
                else
                {
                    results.Add(pair.Value);
                }
            }
        }
        return results;
    }

    private static object? EvaluateDescendants(object? input)
    {
        if (input is null) return null;
        JList results = JList.NewSequence();
        RecurseDescendants(input, results);
        return results.Count == 1 ? results[0] : results;
    }

    private static void RecurseDescendants(object? input, JList results)
    {
        StackGuard.Check();
        if (input is JList list)
        {
            foreach (object? member in list) RecurseDescendants(member, results);
            return;
        }
        results.Add(input);
        if (input is JObject obj)
        {
            foreach (var pair in obj) RecurseDescendants(pair.Value, results);
        }
    }
}
