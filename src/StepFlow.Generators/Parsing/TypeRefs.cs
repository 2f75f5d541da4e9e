using Microsoft.CodeAnalysis;
using StepFlow.Generators.Model;

namespace StepFlow.Generators.Parsing;

/// <summary>Makes <see cref="TypeRef"/>s: fully qualified, with nullable annotations, stable across compilations.</summary>
internal static class TypeRefs
{
    private static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static TypeRef From(ITypeSymbol type) => new(type.ToDisplayString(Format), type.IsValueType);

    /// <summary>The metadata name, e.g. System.Threading.Tasks.Task`1, to recognise types without referencing them.</summary>
    public static string MetadataName(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named)
        {
            return type.Name;
        }

        var ns = named.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() + "." : string.Empty;
        return ns + named.MetadataName;
    }
}
