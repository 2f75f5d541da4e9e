using Microsoft.CodeAnalysis;
using StepFlow.Asl.Json;

namespace StepFlow.Generators.Parsing;

/// <summary>
/// Receives what the parser learns beyond the model: where each ASL value came from and what blocked parsing.
/// The generator only counts problems; the analyzers turn origins and problems into located diagnostics. Keeping
/// this out of the model keeps the model free of symbols and syntax (and so cacheable).
/// </summary>
internal interface IParseSink
{
    /// <summary>
    /// <paramref name="value"/> was produced by <paramref name="argument"/> of <paramref name="attribute"/>
    /// (a named argument's name, or "#0" for the first constructor argument; null for the attribute as a whole).
    /// </summary>
    void Origin(AslValue value, AttributeData attribute, string? argument);

    /// <summary>The state object (or scope object) <paramref name="value"/> was declared by <paramref name="symbol"/>.</summary>
    void Declared(AslValue value, ISymbol symbol, AttributeData? attribute);

    void Problem(ParseProblemKind kind, string message, ISymbol symbol, AttributeData? attribute, string? argument);
}
