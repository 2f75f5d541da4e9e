using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace StepFlow.Generators.Benchmarks;

/// <summary>
/// The driver's own floor: a generator that finds the same classes from syntax alone (a class with an attribute named
/// StateMachine) and produces nothing. Its re-run after an unrelated edit re-walks only the edited tree and binds
/// nothing, so the difference to <see cref="AttributeOnlyGenerator"/> is what ForAttributeWithMetadataName's semantic
/// step costs in each new compilation.
/// </summary>
internal sealed class SyntaxOnlyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider.CreateSyntaxProvider(
            static (node, _) => node is ClassDeclarationSyntax { AttributeLists.Count: > 0 } declaration && HasStateMachineAttribute(declaration),
            static (syntax, _) => ((ClassDeclarationSyntax)syntax.Node).Identifier.ValueText);
        context.RegisterSourceOutput(names, static (_, _) => { });
    }

    private static bool HasStateMachineAttribute(ClassDeclarationSyntax declaration)
    {
        foreach (var list in declaration.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                var name = attribute.Name is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText : (attribute.Name as IdentifierNameSyntax)?.Identifier.ValueText;
                if (name is "StateMachine" or "StateMachineAttribute")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
