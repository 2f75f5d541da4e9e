using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace StepFlow.Generators.Parsing;

/// <summary>
/// A state method's attributes with the kind of each When, Retry, Catch and AslField among them, noted in the one pass
/// that finds its state attribute: readers test a bit instead of comparing attribute classes again, skip the method
/// entirely when none of their kind is there, and never allocate. The analyzers parse every workflow on every keystroke.
/// </summary>
internal readonly struct StateMemberAttributes
{
    // One bit per attribute position and kind; positions from 32 on (no real method has that many) are re-classified
    // by the reader, with Overflow set when the method has any.
    private const int MaskedPositions = 32;

    private readonly uint _whens;
    private readonly uint _retries;
    private readonly uint _catches;
    private readonly uint _rawFields;
    private readonly bool _overflow;

    public StateMemberAttributes(ImmutableArray<AttributeData> attributes)
        : this(attributes, 0, 0, 0, 0, attributes.Length > MaskedPositions)
    {
    }

    private StateMemberAttributes(ImmutableArray<AttributeData> attributes, uint whens, uint retries, uint catches, uint rawFields, bool overflow)
    {
        All = attributes;
        _whens = whens;
        _retries = retries;
        _catches = catches;
        _rawFields = rawFields;
        _overflow = overflow;
    }

    public ImmutableArray<AttributeData> All { get; }

    /// <summary>The same, with the attribute at <paramref name="index"/> noted as <paramref name="kind"/>.</summary>
    public StateMemberAttributes With(int index, StepFlowAttributeKind kind)
    {
        if (index >= MaskedPositions)
        {
            return this;
        }

        var bit = 1u << index;
        return kind switch
        {
            StepFlowAttributeKind.When => new(All, _whens | bit, _retries, _catches, _rawFields, _overflow),
            StepFlowAttributeKind.Retry => new(All, _whens, _retries | bit, _catches, _rawFields, _overflow),
            StepFlowAttributeKind.Catch => new(All, _whens, _retries, _catches | bit, _rawFields, _overflow),
            StepFlowAttributeKind.AslField => new(All, _whens, _retries, _catches, _rawFields | bit, _overflow),
            _ => this,
        };
    }

    /// <summary>Whether the method may carry an attribute of <paramref name="kind"/> at all.</summary>
    public bool Has(StepFlowAttributeKind kind) => _overflow || Mask(kind) != 0;

    /// <summary>Whether the attribute at <paramref name="index"/> is of <paramref name="kind"/>.</summary>
    public bool Is(int index, StepFlowAttributeKind kind, KnownSymbols known)
        => index < MaskedPositions ? (Mask(kind) & (1u << index)) != 0 : known.KindOf(All[index]) == kind;

    private uint Mask(StepFlowAttributeKind kind) => kind switch
    {
        StepFlowAttributeKind.When => _whens,
        StepFlowAttributeKind.Retry => _retries,
        StepFlowAttributeKind.Catch => _catches,
        StepFlowAttributeKind.AslField => _rawFields,
        _ => 0,
    };
}
