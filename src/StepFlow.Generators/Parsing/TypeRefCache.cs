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
    // Nullability is part of the display name (string? vs string), so it is part of the key. A list, not a hash
    // table: a workflow names a handful of types, and hashing a type symbol hashes its name and namespaces.
    private readonly List<ITypeSymbol> _types = new();
    private readonly List<TypeRef> _refs = new();

    /// <summary>Every type a reference was made for: what the parse result depends on besides the attributes.</summary>
    public IEnumerable<ITypeSymbol> Types => _types;

    public TypeRef From(ITypeSymbol type)
    {
        for (var i = 0; i < _types.Count; i++)
        {
            if (ReferenceEquals(_types[i], type) || SymbolEqualityComparer.IncludeNullability.Equals(_types[i], type))
            {
                return _refs[i];
            }
        }

        var reference = TypeRefs.From(type);
        _types.Add(type);
        _refs.Add(reference);
        return reference;
    }
}
