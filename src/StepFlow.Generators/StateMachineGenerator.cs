using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using StepFlow.Asl.Validation;
using StepFlow.Generators.Emitting;
using StepFlow.Generators.Model;
using StepFlow.Generators.Parsing;
using StepFlow.Generators.Reuse;

namespace StepFlow.Generators;

/// <summary>
/// Compiles each <c>[StateMachine]</c> partial class into ASL. Invalid workflows produce no output: the analyzers
/// report why, on the exact attribute argument, so the generator itself reports nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class StateMachineGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var workflows = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.StateMachineAttribute,
                predicate: static (node, _) => node is ClassDeclarationSyntax,
                transform: static (syntaxContext, cancellationToken) => Parse(syntaxContext, cancellationToken))
            .WithTrackingName(TrackingNames.Workflows);
        RegisterOutputs(context, workflows);
    }

    /// <summary>Validates the parsed workflows and writes each valid one's partial class and typed client.</summary>
    internal static void RegisterOutputs(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<WorkflowSpec?> workflows)
    {
        // Validation is a step of its own: the parse re-runs on every compilation change, but this step runs only
        // for workflows whose model actually changed.
        var valid = workflows
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .Where(static spec => PassesValidation(spec))
            .WithTrackingName(TrackingNames.ValidWorkflows);

        context.RegisterSourceOutput(valid, static (output, spec) =>
            output.AddSource(spec.HintName, SourceText.From(WorkflowEmitter.Emit(spec), System.Text.Encoding.UTF8)));
        ClientEmitter.Register(context, valid);
    }

    /// <summary>Emits only definitions the shared rule engine accepts; the analyzers report the findings.</summary>
    internal static bool PassesValidation(WorkflowSpec spec)
    {
        try
        {
            return !AslValidator.HasErrors(spec.Definition, new AslValidationOptions(spec.IsExpress));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Same reasoning as in Parse: never fail the user's build from inside the compiler.
            return false;
        }
    }

    internal static WorkflowSpec? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        => context.TargetSymbol is INamedTypeSymbol type && context.Attributes.Length > 0
            ? Parse(context.TargetNode, type, context.Attributes[0], context.SemanticModel.Compilation, cancellationToken)
            : null;

    /// <summary>The model of the class <paramref name="declaration"/> declares with <paramref name="attribute"/>, or null when it cannot be generated.</summary>
    internal static WorkflowSpec? Parse(SyntaxNode declaration, INamedTypeSymbol type, AttributeData attribute, Compilation compilation, CancellationToken cancellationToken)
    {
        if (!CanGenerateInto(type))
        {
            return null;
        }

        try
        {
            if (WorkflowReuse.TryReuse(declaration, compilation) is { } known)
            {
                return known;
            }

            var problems = new ProblemCounter();
            var parser = new WorkflowParser(KnownSymbols.For(compilation), problems, cancellationToken);
            var spec = parser.Parse(type, attribute);
            if (spec is null || problems.Count > 0)
            {
                return null;
            }

            WorkflowReuse.Remember(declaration, compilation, SourceDependencies.Of(parser), spec);
            return spec;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A generator exception fails the user's whole build (CS8785) while they are mid-edit. The analyzers
            // build the same model and report what is wrong, so here an unexpected failure means "emit nothing".
            return null;
        }
    }

    /// <summary>The class and every containing type must be partial and non-generic for the generated partial to compile.</summary>
    private static bool CanGenerateInto(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType)
            {
                return false;
            }

            foreach (var reference in current.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
