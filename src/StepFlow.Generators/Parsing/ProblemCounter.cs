using Microsoft.CodeAnalysis;
using StepFlow.Asl.Json;

namespace StepFlow.Generators.Parsing;

/// <summary>The generator's sink: it needs only to know whether anything blocks generation.</summary>
internal sealed class ProblemCounter : IParseSink
{
    public int Count { get; private set; }

    public void Origin(AslValue value, AttributeData attribute, string? argument)
    {
    }

    public void Declared(AslValue value, ISymbol symbol, AttributeData? attribute)
    {
    }

    public void Problem(ParseProblemKind kind, string message, ISymbol symbol, AttributeData? attribute, string? argument) => Count++;
}
