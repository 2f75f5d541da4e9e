using System.Collections.Generic;
using StepFlow.Jsonata.Parsing;
using StepFlow.Jsonata.Runtime;

namespace StepFlow.Jsonata.Evaluation;

/// <summary>Function invocation, partial application, <c>~&gt;</c> chaining and the tail-call trampoline.</summary>
internal sealed partial class Evaluator
{
    private static readonly Node ChainDefinition = Parser.Parse("function($f, $g) { function($x){ $g($f($x)) } }");

    private object? EvaluateFunction(Node expr, object? input, Frame environment, object? applyTo, bool hasApplyTo)
    {
        object? proc = Evaluate(expr.Procedure!, input, environment);
        if (proc is null && expr.Procedure!.Type == NodeType.Path && environment.Lookup(expr.Procedure.Steps![0].Value!) is not null)
        {
            throw JsonataErrors.Create("T1005", expr.Position, expr.Procedure.Steps[0].Value);
        }
        int count = expr.Arguments!.Count + (hasApplyTo ? 1 : 0);
        var args = new object?[count];
        int next = 0;
        if (hasApplyTo) args[next++] = applyTo;
        foreach (Node argument in expr.Arguments) args[next++] = Evaluate(argument, input, environment);
        try
        {
            return Apply(proc, args, input, expr.ProcedureName);
        }
        catch (JsonataException e) when (Annotate(e, expr.Position, expr.ProcedureName))
        {
            throw;
        }
    }

    /// <summary>Applies a function value, running tail calls returned as thunks in a loop instead of recursing.</summary>
    public object? Apply(object? proc, object?[] args, object? input, string? name = null)
    {
        object? result = ApplyInner(proc, args, input, name);
        while (result is LambdaFunction { IsThunk: true } thunk)
        {
            Node call = thunk.Body;
            object? next = Evaluate(call.Procedure!, thunk.Input, thunk.Environment);
            var evaluatedArgs = new object?[call.Arguments!.Count];
            for (int ii = 0; ii < evaluatedArgs.Length; ii++)
            {
                evaluatedArgs[ii] = Evaluate(call.Arguments[ii], thunk.Input, thunk.Environment);
            }
            try
            {
                result = ApplyInner(next, evaluatedArgs, input, call.ProcedureName);
            }
            catch (JsonataException e) when (Annotate(e, call.Position, null))
            {
                throw;
            }
        }
        return result;
    }

    /// <summary>
    /// Fills in the position and token of an error as it passes. Used as an exception filter that never catches:
    /// filters run before unwinding, so deep recursion does not pay for a catch-and-rethrow at every level.
    /// </summary>
    private static bool Annotate(JsonataException e, int position, string? token)
    {
        if (!e.HasPosition) e.Position = position;
        e.Token ??= token;
        return false;
    }

    private object? ApplyInner(object? proc, object?[] args, object? input, string? name)
    {
        switch (proc)
        {
            case LambdaFunction lambda:
            {
                object?[] validated = lambda.Signature is null ? args : lambda.Signature.Validate(args, input, name);
                var frame = new Frame(lambda.Environment);
                string[] parameters = lambda.Parameters;
                for (int i = 0; i < parameters.Length; i++) frame.Bind(parameters[i], i < validated.Length ? validated[i] : null);
                return Evaluate(lambda.Body, lambda.Input, frame);
            }
            case NativeFunction native:
            {
                object?[] validated = native.Signature is null ? args : native.Signature.Validate(args, input, name ?? native.Name);
                return native.Implementation(this, validated, input);
            }
            case PartialFunction partial:
                return ApplyInner(partial.Target, partial.Fill(args), input, name);
            case RegexFunction regex:
                return args.Length > 0 && args[0] is string text ? regex.MatchAt(text, 0) : null;
            default:
                throw JsonataErrors.Create("T1006", token: name);
        }
    }

    private object? EvaluatePartialApplication(Node expr, object? input, Frame environment)
    {
        var args = new object?[expr.Arguments!.Count];
        for (int ii = 0; ii < args.Length; ii++)
        {
            Node arg = expr.Arguments[ii];
            args[ii] = arg.Type == NodeType.Placeholder ? PartialFunction.Placeholder : Evaluate(arg, input, environment);
        }
        object? proc = Evaluate(expr.Procedure!, input, environment);
        if (proc is null && expr.Procedure!.Type == NodeType.Path && environment.Lookup(expr.Procedure.Steps![0].Value!) is not null)
        {
            throw JsonataErrors.Create("T1007", expr.Position, expr.Procedure.Steps[0].Value);
        }
        switch (proc)
        {
            case LambdaFunction lambda:
            {
                var env = new Frame(lambda.Environment);
                var unbound = new List<string>();
                for (int index = 0; index < lambda.Parameters.Length; index++)
                {
                    object? arg = index < args.Length ? args[index] : null;
                    if (ReferenceEquals(arg, PartialFunction.Placeholder)) unbound.Add(lambda.Parameters[index]);
                    else env.Bind(lambda.Parameters[index], arg);
                }
                return new LambdaFunction(lambda.Definition, lambda.Body, unbound.ToArray(), lambda.Input, env, null, false);
            }
            case FunctionValue function:
                return new PartialFunction(function, args);
            default:
                throw JsonataErrors.Create("T1008", expr.Position, expr.ProcedureName);
        }
    }

    private object? EvaluateApply(Node expr, object? input, Frame environment)
    {
        object? lhs = Evaluate(expr.Lhs!, input, environment);
        if (expr.Rhs!.Type == NodeType.Function)
        {
            return EvaluateFunction(expr.Rhs, input, environment, lhs, true);
        }
        object? func = Evaluate(expr.Rhs, input, environment);
        if (func is not FunctionValue)
        {
            throw JsonataErrors.Create("T2006", expr.Position, value: JsonataErrors.Describe(func));
        }
        if (lhs is FunctionValue)
        {
            object? chain = Evaluate(ChainDefinition, null, environment);
            return Apply(chain, new[] { lhs, func }, null);
        }
        return Apply(func, new[] { lhs }, null);
    }
}
