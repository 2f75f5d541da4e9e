using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StepFlow.Generators.Model;

namespace StepFlow.Generators.Parsing;

/// <summary>
/// The <see cref="TypeRef"/>s of one parse: a workflow's task methods mostly share one or two payload types, and
/// formatting a type's display name is the costliest call the parser makes.
/// </summary>
internal sealed class TypeRefCache
{
    // Nullability is part of the display name (string? vs string), so it is part of the key.
    private readonly Dictionary<ITypeSymbol, TypeRef> _refs = new(SymbolEqualityComparer.IncludeNullability);

    /// <summary>Every type a reference was made for: what the parse result depends on besides the attributes.</summary>
    public IEnumerable<ITypeSymbol> Types => _refs.Keys;

    public TypeRef From(ITypeSymbol type)
    {
        if (!_refs.TryGetValue(type, out var reference))
        {
            reference = TypeRefs.From(type);
            _refs.Add(type, reference);
        }

        return reference;
    }
}
