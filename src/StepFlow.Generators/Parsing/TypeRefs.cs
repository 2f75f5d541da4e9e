using Microsoft.CodeAnalysis;
using StepFlow.Generators.Model;

namespace StepFlow.Generators.Parsing;

/// <summary>Makes <see cref="TypeRef"/>s: fully qualified, with nullable annotations, stable across compilations.</summary>
internal static class TypeRefs
{
    private static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static TypeRef From(ITypeSymbol type) => new(type.ToDisplayString(Format), type.IsValueType);

    /// <summary>
    /// Whether <paramref name="type"/> is the top-level type <paramref name="metadataName"/> (e.g.
    /// System.Threading.Tasks.Task`1), recognised without referencing it. Compares name by name from the innermost
    /// outwards instead of formatting the type: this runs for every parameter of every task method on every keystroke.
    /// </summary>
    public static bool Is(ITypeSymbol type, string metadataName)
    {
        if (type is not INamedTypeSymbol { ContainingType: null } named)
        {
            return false;
        }

        // The last segment is the name plus `arity for generic types, compared in place: MetadataName builds that
        // string anew on every call for a generic type such as Task<T>.
        var end = metadataName.Length;
        if (named.Arity > 0 && !EndsWithArity(metadataName, ref end, named.Arity))
        {
            return false;
        }

        if (!EndsWithSegment(metadataName, ref end, named.Name))
        {
            return false;
        }

        for (var ns = named.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (!EndsWithSegment(metadataName, ref end, ns.Name))
            {
                return false;
            }
        }

        return end == 0;
    }

    /// <summary>Whether <paramref name="ns"/> is the namespace <paramref name="dottedName"/> (e.g. System.Collections.Generic), without formatting it.</summary>
    public static bool IsNamespace(INamespaceSymbol? ns, string dottedName)
    {
        var end = dottedName.Length;
        for (; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (!EndsWithSegment(dottedName, ref end, ns.Name))
            {
                return false;
            }
        }

        return end == 0;
    }

    /// <summary>Whether <paramref name="ns"/> is <paramref name="dottedName"/> or a namespace inside it.</summary>
    public static bool IsWithinNamespace(INamespaceSymbol? ns, string dottedName)
    {
        for (; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (IsNamespace(ns, dottedName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/>[..<paramref name="end"/>] ends with `<paramref name="arity"/>; moves <paramref name="end"/> before it.</summary>
    private static bool EndsWithArity(string text, ref int end, int arity)
    {
        var position = end;
        do
        {
            if (position == 0 || text[position - 1] != (char)('0' + (arity % 10)))
            {
                return false;
            }

            position--;
            arity /= 10;
        }
        while (arity > 0);

        if (position == 0 || text[position - 1] != '`')
        {
            return false;
        }

        end = position - 1;
        return true;
    }

    /// <summary>Whether <paramref name="text"/>[..<paramref name="end"/>] ends with <paramref name="segment"/> as a whole dotted segment; moves <paramref name="end"/> before it.</summary>
    private static bool EndsWithSegment(string text, ref int end, string segment)
    {
        var start = end - segment.Length;
        if (start < 0 || string.CompareOrdinal(text, start, segment, 0, segment.Length) != 0)
        {
            return false;
        }

        if (start == 0)
        {
            end = 0;
            return true;
        }

        if (text[start - 1] != '.')
        {
            return false;
        }

        end = start - 1;
        return true;
    }
}
