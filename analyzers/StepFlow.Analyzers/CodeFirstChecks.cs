using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation;
using StepFlow.Generators.Model;
using StepFlow.Generators.Parsing;

namespace StepFlow.Analyzers;

/// <summary>The checks only the C# side can make: partial classes, serializable task types, nameof targets, type flow.</summary>
internal static class CodeFirstChecks
{
    /// <summary>Fields that change what a state reads or writes, so its C# types no longer meet the neighbour's as they are.</summary>
    private static readonly string[] ReshapesOutput = { "ResultSelector", "ResultPath", "OutputPath", "Output" };
    private static readonly string[] ReshapesInput = { "InputPath", "Parameters", "Arguments" };

    /// <summary>Types that exist only at run time: no JSON turns into them.</summary>
    private static readonly string[] RuntimeOnlyTypes =
    {
        "System.Type", "System.IntPtr", "System.UIntPtr", "System.Threading.Tasks.Task", "System.Threading.Tasks.Task`1", "System.IO.Stream",
    };

    public static void ClassIsPartial(INamedTypeSymbol type, DiagnosticReporter reporter)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            foreach (var reference in current.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    reporter.Report(CodeFirstRules.ClassNotPartial, declaration.Identifier.GetLocation(), Format(CodeFirstRules.ClassNotPartial, current.Name));
                    return;
                }
            }
        }
    }

    public static void Run(INamedTypeSymbol type, KnownSymbols known, OriginSink sink, StateGraph graph, DiagnosticReporter reporter, CancellationToken cancellationToken)
    {
        foreach (var scope in graph.Scopes())
        {
            foreach (var state in scope.States)
            {
                if (!sink.TryGet(state.Body, out var origin) || origin.Symbol is not IMethodSymbol method || origin.Attribute is null)
                {
                    continue;
                }

                if (state.Type == "Task" && TaskTypes.HasBody(method))
                {
                    CheckSerializable(method, reporter);
                }

                foreach (var edge in state.Edges)
                {
                    CheckTransition(type, known, sink, scope, state, edge, reporter, cancellationToken);
                }
            }
        }
    }

    /// <summary>
    /// A transition whose target is not a state: when it was written as nameof(Member) of a member that is not a
    /// state, say that (SF1004); the rule engine has already said "unknown state" for other spellings. The argument's
    /// syntax is looked up only when there is something to report: doing it for every edge was a sixth of the action.
    /// </summary>
    private static void CheckTransition(INamedTypeSymbol type, KnownSymbols known, OriginSink sink, StateScope scope, StateNode state, StateEdge edge, DiagnosticReporter reporter, CancellationToken cancellationToken)
    {
        if (!sink.TryGet(edge.Source, out var origin) || origin.Attribute is null || origin.Argument is null)
        {
            return;
        }

        if (scope.Find(edge.Target) is { } target)
        {
            if (TypeMismatch(known, sink, state, target, edge) is { } mismatch && ArgumentOf(origin, cancellationToken) is { } argument)
            {
                reporter.Report(CodeFirstRules.TypeMismatch, argument.GetLocation(), mismatch);
            }

            return;
        }

        if (ArgumentOf(origin, cancellationToken) is { Expression: InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } } nameofArgument
            && IsNonStateMember(type, known, edge.Target))
        {
            reporter.Report(CodeFirstRules.NameofNotAState, nameofArgument.GetLocation(), Format(CodeFirstRules.NameofNotAState, edge.Target, origin.Argument));
        }
    }

    private static AttributeArgumentSyntax? ArgumentOf(ValueOrigin origin, CancellationToken cancellationToken)
        => origin.Attribute?.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax && origin.Argument is { } name
            ? LocationResolver.FindArgument(syntax, name)
            : null;

    private static bool IsNonStateMember(INamedTypeSymbol type, KnownSymbols known, string name)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            foreach (var member in current.GetMembers(name))
            {
                var isState = false;
                foreach (var attribute in member.GetAttributes())
                {
                    isState |= known.StateType(attribute) is not null;
                }

                if (!isState)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>SF8001's message, only when both ends are C# task methods and nothing between them reshapes the data.</summary>
    private static string? TypeMismatch(KnownSymbols known, OriginSink sink, StateNode source, StateNode target, StateEdge edge)
    {
        if (edge.Kind != EdgeKind.Next || source.Type != "Task" || target.Type != "Task"
            || !sink.TryGet(source.Body, out var from) || !sink.TryGet(target.Body, out var to)
            || from.Symbol is not IMethodSymbol producer || to.Symbol is not IMethodSymbol consumer
            || !TaskTypes.HasBody(producer) || !TaskTypes.HasBody(consumer)
            || Sets(from.Attribute, ReshapesOutput) || Sets(to.Attribute, ReshapesInput)
            || HasRawFields(known, producer) || HasRawFields(known, consumer)
            || TaskTypes.Output(producer) is not { } output || TaskTypes.Input(consumer) is not { } input)
        {
            return null;
        }

        var produced = JsonShapes.Of(output);
        var expected = JsonShapes.Of(input);
        return produced != JsonShape.Unknown && expected != JsonShape.Unknown && produced != expected
            ? Format(CodeFirstRules.TypeMismatch, source.Name, JsonShapes.Describe(output, produced), target.Name, JsonShapes.Describe(input, expected))
            : null;
    }

    private static void CheckSerializable(IMethodSymbol method, DiagnosticReporter reporter)
    {
        foreach (var parameter in method.Parameters)
        {
            if (ReferenceEquals(parameter.Type, TaskTypes.Input(method)) && Unserializable(parameter.Type, isInput: true) is { } why)
            {
                reporter.Report(CodeFirstRules.Unserializable, LocationResolver.SymbolLocation(parameter), Format(CodeFirstRules.Unserializable, method.Name, "takes " + why, parameter.Type.ToDisplayString()));
            }
        }

        if (TaskTypes.Output(method) is { } output && Unserializable(output, isInput: false) is { } reason)
        {
            reporter.Report(CodeFirstRules.Unserializable, LocationResolver.SymbolLocation(method), Format(CodeFirstRules.Unserializable, method.Name, "returns " + reason, output.ToDisplayString()));
        }
    }

    private static string? Unserializable(ITypeSymbol type, bool isInput)
    {
        if (type.TypeKind is TypeKind.Delegate)
        {
            return "the delegate";
        }

        if (type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer || type.IsRefLikeType)
        {
            return "the pointer or ref struct";
        }

        if (type.TypeKind == TypeKind.TypeParameter)
        {
            return "the type parameter";
        }

        foreach (var runtimeOnly in RuntimeOnlyTypes)
        {
            if (TypeRefs.Is(type, runtimeOnly))
            {
                return "the runtime-only type";
            }
        }

        if (isInput && type.IsAbstract && type.TypeKind is TypeKind.Class or TypeKind.Interface && !TypeRefs.IsWithinNamespace(type.ContainingNamespace, "System"))
        {
            return "the abstract type (which cannot be created from JSON)";
        }

        return null;
    }

    private static bool Sets(AttributeData? attribute, string[] names)
    {
        if (attribute is null)
        {
            return true;
        }

        foreach (var pair in attribute.NamedArguments)
        {
            if (System.Array.IndexOf(names, pair.Key) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasRawFields(KnownSymbols known, IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (known.KindOf(attribute) == StepFlowAttributeKind.AslField)
            {
                return true;
            }
        }

        return false;
    }

    private static string Format(AslRuleDescriptor descriptor, params object[] arguments)
        => string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments);
}
