using Microsoft.CodeAnalysis;

namespace StepFlow.Generators.Parsing;

/// <summary>The StepFlow attribute types resolved once per compilation, compared by symbol equality.</summary>
internal sealed class KnownSymbols
{
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

    public static KnownSymbols Create(Compilation compilation) => new(compilation);

    public static bool Is(AttributeData attribute, INamedTypeSymbol? type)
        => type is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);

    /// <summary>The ASL <c>Type</c> of a state attribute, or null when it is not one.</summary>
    public string? StateType(AttributeData attribute)
    {
        var type = attribute.AttributeClass;
        if (type is null || StateAttribute is null || !SymbolEqualityComparer.Default.Equals(type.BaseType, StateAttribute))
        {
            return null;
        }

        if (Is(attribute, TaskAttribute)) return "Task";
        if (Is(attribute, PassAttribute)) return "Pass";
        if (Is(attribute, WaitAttribute)) return "Wait";
        if (Is(attribute, ChoiceAttribute)) return "Choice";
        if (Is(attribute, SucceedAttribute)) return "Succeed";
        if (Is(attribute, FailAttribute)) return "Fail";
        if (Is(attribute, ParallelAttribute)) return "Parallel";
        if (Is(attribute, MapAttribute)) return "Map";
        return null;
    }
}
