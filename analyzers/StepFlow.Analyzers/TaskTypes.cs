using Microsoft.CodeAnalysis;
using StepFlow.Generators;
using StepFlow.Generators.Parsing;

namespace StepFlow.Analyzers;

/// <summary>A C# task method's input parameter type and unwrapped result type, as the generator maps them.</summary>
internal static class TaskTypes
{
    public static ITypeSymbol? Input(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (!TypeRefs.Is(parameter.Type, KnownNames.LambdaContext) && !TypeRefs.Is(parameter.Type, KnownNames.CancellationToken))
            {
                return parameter.Type;
            }
        }

        return null;
    }

    /// <summary>The value the method produces: T of T, Task&lt;T&gt; and ValueTask&lt;T&gt;; null for void, Task and ValueTask.</summary>
    public static ITypeSymbol? Output(IMethodSymbol method)
    {
        var type = method.ReturnType;
        if (type.SpecialType == SpecialType.System_Void)
        {
            return null;
        }

        if (type is INamedTypeSymbol { Name: "Task" or "ValueTask" } named && TypeRefs.IsNamespace(named.ContainingNamespace, "System.Threading.Tasks"))
        {
            return named.TypeArguments.Length == 1 ? named.TypeArguments[0] : null;
        }

        return type;
    }

    public static bool HasBody(IMethodSymbol method)
        => !(method.IsPartialDefinition && method.PartialImplementationPart is null) && !method.IsAbstract && !method.IsExtern;
}
