using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>Every named type declared in source, nested ones included: the symbols the analyzer driver hands a NamedType action.</summary>
internal static class SourceTypes
{
    public static List<INamedTypeSymbol> Of(Compilation compilation)
    {
        var types = new List<INamedTypeSymbol>();
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamedTypeSymbol type && type.Locations.Length > 0 && type.Locations[0].IsInSource)
                {
                    types.Add(type);
                    pending.Push(type);
                }
                else if (member is INamespaceSymbol space)
                {
                    pending.Push(space);
                }
            }
        }

        return types;
    }
}
