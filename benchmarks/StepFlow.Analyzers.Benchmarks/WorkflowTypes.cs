using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepFlow.Generators.Parsing;

namespace StepFlow.Analyzers.Benchmarks;

/// <summary>The [StateMachine] classes of a compilation with their attribute: what the phase measurements parse.</summary>
internal static class WorkflowTypes
{
    public static List<(INamedTypeSymbol Type, AttributeData Machine)> Find(Compilation compilation, KnownSymbols known)
    {
        var types = new List<(INamedTypeSymbol Type, AttributeData Machine)>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration) is INamedTypeSymbol type
                    && type.GetAttributes().FirstOrDefault(a => KnownSymbols.Is(a, known.StateMachineAttribute)) is { } machine)
                {
                    types.Add((type, machine));
                }
            }
        }

        return types;
    }
}
