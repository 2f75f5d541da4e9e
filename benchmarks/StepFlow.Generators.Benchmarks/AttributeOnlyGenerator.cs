using Microsoft.CodeAnalysis;

namespace StepFlow.Generators.Benchmarks;

/// <summary>
/// The floor for any generator built on ForAttributeWithMetadataName over [StateMachine]: it finds the same classes
/// and produces nothing. Its re-run after an unrelated edit is what Roslyn charges before a transform can do anything,
/// since FAWMN binds every matched class's attributes again in each new compilation.
/// </summary>
internal sealed class AttributeOnlyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider.ForAttributeWithMetadataName(
            "StepFlow.StateMachineAttribute",
            static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax,
            static (syntax, _) => syntax.TargetSymbol.Name);
        context.RegisterSourceOutput(names, static (_, _) => { });
    }
}
