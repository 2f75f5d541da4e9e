using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StepFlow.Asl.Json;
using StepFlow.Generators.Parsing;

namespace StepFlow.Analyzers;

/// <summary>
/// The analyzers' parse sink: remembers which attribute argument produced each ASL value and which symbol declared
/// each state or scope object, and collects parse problems, so findings can be put on the argument at fault.
/// </summary>
internal sealed class OriginSink : IParseSink
{
    // Sized for a typical workflow up front: growing the table showed in profiles of the analyzer on every keystroke.
    private readonly Dictionary<AslValue, ValueOrigin> _origins = new(256, AslValueIdentityComparer.Instance);

    public List<ParseProblem> Problems { get; } = new();

    public void Origin(AslValue value, AttributeData attribute, string? argument)
    {
        // The first recording wins: a value re-recorded by a wrapper (e.g. a nested scope) keeps its precise origin.
        if (!_origins.ContainsKey(value))
        {
            _origins[value] = new ValueOrigin(attribute, argument, null);
        }
    }

    public void Declared(AslValue value, ISymbol symbol, AttributeData? attribute)
        => _origins[value] = new ValueOrigin(attribute, null, symbol);

    public void Problem(ParseProblemKind kind, string message, ISymbol symbol, AttributeData? attribute, string? argument)
        => Problems.Add(new ParseProblem(kind, message, symbol, attribute, argument));

    public bool TryGet(AslValue value, out ValueOrigin origin) => _origins.TryGetValue(value, out origin);
}

/// <summary>Where a value came from: an attribute argument (<see cref="Argument"/> null: the whole attribute), or a declaring symbol.</summary>
internal readonly record struct ValueOrigin(AttributeData? Attribute, string? Argument, ISymbol? Symbol);

/// <summary>A problem the parser met, with what it was looking at.</summary>
internal sealed record ParseProblem(ParseProblemKind Kind, string Message, ISymbol Symbol, AttributeData? Attribute, string? Argument);
