using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace StepFlow.Generators.Parsing;

/// <summary>The StepFlow attribute types resolved once per compilation, compared by symbol equality.</summary>
internal sealed class KnownSymbols
{
    // The generator parses each workflow on its own; resolving sixteen metadata names again for each of them was 8% of
    // its full run on the 100-workflow benchmark project (perf, session 6). One set per compilation, kept as long as it.
    private static readonly ConditionalWeakTable<Compilation, KnownSymbols> PerCompilation = new();

    // The member attribute types with their kinds. Matched by reference first: a compilation hands out one symbol
    // object per type, so an attribute's class is the very object resolved here (a hash lookup by symbol was slower:
    // hashing a type symbol hashes its name and containing namespaces).
    private readonly (INamedTypeSymbol Type, StepFlowAttributeKind Kind)[] _kinds;

    private KnownSymbols(Compilation compilation)
    {
        StateAttribute = compilation.GetTypeByMetadataName(KnownNames.StateAttribute);
        TaskAttribute = compilation.GetTypeByMetadataName(KnownNames.TaskAttribute);
        PassAttribute = compilation.GetTypeByMetadataName(KnownNames.PassAttribute);
        WaitAttribute = compilation.GetTypeByMetadataName(KnownNames.WaitAttribute);
        ChoiceAttribute = compilation.GetTypeByMetadataName(KnownNames.ChoiceAttribute);
        SucceedAttribute = compilation.GetTypeByMetadataName(KnownNames.SucceedAttribute);
        FailAttribute = compilation.GetTypeByMetadataName(KnownNames.FailAttribute);
        ParallelAttribute = compilation.GetTypeByMetadataName(KnownNames.ParallelAttribute);
        MapAttribute = compilation.GetTypeByMetadataName(KnownNames.MapAttribute);
        WhenAttribute = compilation.GetTypeByMetadataName(KnownNames.WhenAttribute);
        RetryAttribute = compilation.GetTypeByMetadataName(KnownNames.RetryAttribute);
        CatchAttribute = compilation.GetTypeByMetadataName(KnownNames.CatchAttribute);
        AslFieldAttribute = compilation.GetTypeByMetadataName(KnownNames.AslFieldAttribute);
        StateMachineAttribute = compilation.GetTypeByMetadataName(KnownNames.StateMachineAttribute);
        BranchAttribute = compilation.GetTypeByMetadataName(KnownNames.BranchAttribute);
        ItemProcessorAttribute = compilation.GetTypeByMetadataName(KnownNames.ItemProcessorAttribute);

        // The most frequent first: most members carry Task, Retry and Catch attributes.
        var kinds = new List<(INamedTypeSymbol, StepFlowAttributeKind)>();
        AddKind(kinds, TaskAttribute, StepFlowAttributeKind.Task);
        AddKind(kinds, RetryAttribute, StepFlowAttributeKind.Retry);
        AddKind(kinds, CatchAttribute, StepFlowAttributeKind.Catch);
        AddKind(kinds, PassAttribute, StepFlowAttributeKind.Pass);
        AddKind(kinds, ChoiceAttribute, StepFlowAttributeKind.Choice);
        AddKind(kinds, WhenAttribute, StepFlowAttributeKind.When);
        AddKind(kinds, WaitAttribute, StepFlowAttributeKind.Wait);
        AddKind(kinds, SucceedAttribute, StepFlowAttributeKind.Succeed);
        AddKind(kinds, FailAttribute, StepFlowAttributeKind.Fail);
        AddKind(kinds, ParallelAttribute, StepFlowAttributeKind.Parallel);
        AddKind(kinds, MapAttribute, StepFlowAttributeKind.Map);
        AddKind(kinds, AslFieldAttribute, StepFlowAttributeKind.AslField);
        _kinds = kinds.ToArray();
    }

    public INamedTypeSymbol? StateAttribute { get; }
    public INamedTypeSymbol? TaskAttribute { get; }
    public INamedTypeSymbol? PassAttribute { get; }
    public INamedTypeSymbol? WaitAttribute { get; }
    public INamedTypeSymbol? ChoiceAttribute { get; }
    public INamedTypeSymbol? SucceedAttribute { get; }
    public INamedTypeSymbol? FailAttribute { get; }
    public INamedTypeSymbol? ParallelAttribute { get; }
    public INamedTypeSymbol? MapAttribute { get; }
    public INamedTypeSymbol? WhenAttribute { get; }
    public INamedTypeSymbol? RetryAttribute { get; }
    public INamedTypeSymbol? CatchAttribute { get; }
    public INamedTypeSymbol? AslFieldAttribute { get; }
    public INamedTypeSymbol? StateMachineAttribute { get; }
    public INamedTypeSymbol? BranchAttribute { get; }
    public INamedTypeSymbol? ItemProcessorAttribute { get; }

    public static KnownSymbols For(Compilation compilation) => PerCompilation.GetValue(compilation, static c => new KnownSymbols(c));

    public static bool Is(AttributeData attribute, INamedTypeSymbol? type)
        => type is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);

    /// <summary>Which StepFlow member attribute <paramref name="attribute"/> is (None for any other attribute).</summary>
    public StepFlowAttributeKind KindOf(AttributeData attribute)
    {
        if (attribute.AttributeClass is not { } type)
        {
            return StepFlowAttributeKind.None;
        }

        var kinds = _kinds;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (ReferenceEquals(kinds[i].Type, type))
            {
                return kinds[i].Kind;
            }
        }

        // Roslyn hands out one object per type within a compilation; should another object for the same type ever
        // arrive (a differently annotated view of it), symbol equality still recognises it. Only types of the StepFlow
        // namespace can match, so every other attribute is turned away by its namespace's name.
        if (type.ContainingNamespace is { Name: "StepFlow", ContainingNamespace.IsGlobalNamespace: true })
        {
            for (var i = 0; i < kinds.Length; i++)
            {
                if (SymbolEqualityComparer.Default.Equals(kinds[i].Type, type))
                {
                    return kinds[i].Kind;
                }
            }
        }

        return StepFlowAttributeKind.None;
    }

    /// <summary>The ASL <c>Type</c> of a state attribute, or null when it is not one.</summary>
    public string? StateType(AttributeData attribute) => StateTypes.Of(KindOf(attribute));

    private void AddKind(List<(INamedTypeSymbol, StepFlowAttributeKind)> kinds, INamedTypeSymbol? type, StepFlowAttributeKind kind)
    {
        // A state attribute counts only while it still derives from StateAttribute, as the runtime library declares it.
        if (type is not null && (StateTypes.Of(kind) is null || (StateAttribute is not null && SymbolEqualityComparer.Default.Equals(type.BaseType, StateAttribute))))
        {
            kinds.Add((type, kind));
        }
    }
}
