using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StepFlow.Asl;
using StepFlow.Generators.Model;

namespace StepFlow.Generators.Parsing;

/// <summary>
/// Maps a C# task method to a state's input and output: one payload parameter (the input), optionally an
/// <c>ILambdaContext</c> and a <c>CancellationToken</c> in any order; returns T, Task&lt;T&gt;, ValueTask&lt;T&gt;,
/// void, Task or ValueTask.
/// </summary>
internal static class TaskSignatureReader
{
    public static TaskMethodSpec? Read(IMethodSymbol method, string stateName, string resource, AttributeData attribute, IParseSink sink, TypeRefCache types)
    {
        if (method.IsGenericMethod)
        {
            sink.Problem(ParseProblemKind.UnsupportedSignature, "Task method '" + method.Name + "' cannot be generic: a state's input and output types are fixed", method, attribute, null);
            return null;
        }

        TypeRef? input = null;
        var takesContext = false;
        var takesCancellation = false;
        var order = new List<string>();
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind != RefKind.None)
            {
                sink.Problem(ParseProblemKind.UnsupportedSignature, "Parameter '" + parameter.Name + "' of task method '" + method.Name + "' cannot be ref, out or in", method, attribute, null);
                return null;
            }

            // The kind first: ILambdaContext is an interface, CancellationToken a struct, and payloads mostly classes.
            if (!takesContext && parameter.Type.TypeKind == TypeKind.Interface && TypeRefs.Is(parameter.Type, KnownNames.LambdaContext))
            {
                takesContext = true;
                order.Add("context");
            }
            else if (!takesCancellation && parameter.Type.TypeKind == TypeKind.Struct && TypeRefs.Is(parameter.Type, KnownNames.CancellationToken))
            {
                takesCancellation = true;
                order.Add("cancellationToken");
            }
            else if (input is null && parameter.Type.TypeKind != TypeKind.Error)
            {
                input = types.From(parameter.Type);
                order.Add("input");
            }
            else
            {
                sink.Problem(
                    ParseProblemKind.UnsupportedSignature,
                    "Task method '" + method.Name + "' takes one input parameter (plus an optional ILambdaContext and CancellationToken); remove '" + parameter.Name + "'",
                    method,
                    attribute,
                    null);
                return null;
            }
        }

        if (!TryReadReturn(method.ReturnType, types, out var output, out var isAsync, out var isValueTask))
        {
            sink.Problem(ParseProblemKind.UnsupportedSignature, "Task method '" + method.Name + "' returns a type StepFlow cannot use as a state output", method, attribute, null);
            return null;
        }

        return new TaskMethodSpec(stateName, method.Name, input, output, isAsync, isValueTask, takesContext, takesCancellation, method.IsStatic, resource, order.ToEquatableArray());
    }

    private static bool TryReadReturn(ITypeSymbol returnType, TypeRefCache types, out TypeRef? output, out bool isAsync, out bool isValueTask)
    {
        output = null;
        isAsync = false;
        isValueTask = false;
        if (returnType.TypeKind == TypeKind.Error || returnType.IsRefLikeType || returnType.TypeKind == TypeKind.Pointer)
        {
            return false;
        }

        if (returnType.SpecialType == SpecialType.System_Void)
        {
            return true;
        }

        if (TypeRefs.Is(returnType, KnownNames.Task))
        {
            isAsync = true;
            return true;
        }

        if (TypeRefs.Is(returnType, KnownNames.ValueTask))
        {
            isAsync = isValueTask = true;
            return true;
        }

        isValueTask = TypeRefs.Is(returnType, KnownNames.ValueTaskOfT);
        if (isValueTask || TypeRefs.Is(returnType, KnownNames.TaskOfT))
        {
            isAsync = true;
            var argument = ((INamedTypeSymbol)returnType).TypeArguments[0];
            if (argument.TypeKind == TypeKind.Error)
            {
                return false;
            }

            output = types.From(argument);
            return true;
        }

        output = types.From(returnType);
        return true;
    }
}
