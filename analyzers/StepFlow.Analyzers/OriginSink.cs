using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StepFlow.Asl.Json;
using StepFlow.Generators.Parsing;

namespace StepFlow.Analyzers;

/// <summary>
/// The analyzers' parse sink: remembers which attribute argument produced each ASL value and which symbol declared
/// each state or scope object, and collects parse problems, so findings can be put on the argument at fault.
/// </summary>
internal sealed class OriginSink : IParseSink, System.IDisposable
{
    // One table per thread, reused from workflow to workflow: a fresh one per analyzed type was a ninth of the
    // analyzer's allocation on the synthetic project. Analyzer actions run concurrently, each on its own thread.
    [System.ThreadStatic]
    private static Dictionary<AslValue, ValueOrigin>? t_spare;

    private const int MaxKeptCount = 4096;

    private Dictionary<AslValue, ValueOrigin>? _origins;

    public OriginSink()
    {
        _origins = t_spare ?? new Dictionary<AslValue, ValueOrigin>(256, AslValueIdentityComparer.Instance);
        t_spare = null;
    }

    public List<ParseProblem> Problems { get; } = new();

    public void Origin(AslValue value, AttributeData attribute, string? argument)
    {
        // The first recording wins: a value re-recorded by a wrapper (e.g. a nested scope) keeps its precise origin.
        if (!Origins.ContainsKey(value))
        {
            Origins[value] = new ValueOrigin(attribute, argument, null);
        }
    }

    public void Declared(AslValue value, ISymbol symbol, AttributeData? attribute)
        => Origins[value] = new ValueOrigin(attribute, null, symbol);

    public void Problem(ParseProblemKind kind, string message, ISymbol symbol, AttributeData? attribute, string? argument)
        => Problems.Add(new ParseProblem(kind, message, symbol, attribute, argument));

    public bool TryGet(AslValue value, out ValueOrigin origin) => Origins.TryGetValue(value, out origin);

    private Dictionary<AslValue, ValueOrigin> Origins => _origins ?? throw new System.ObjectDisposedException(nameof(OriginSink));

    /// <summary>Hands the table back to this thread for the next workflow; the sink is unusable afterwards.</summary>
    public void Dispose()
    {
        if (_origins is { } origins)
        {
            _origins = null;

            // A table grown by an unusually large workflow is not kept: it would stay on the thread for good.
            if (origins.Count <= MaxKeptCount)
            {
                origins.Clear();
                t_spare = origins;
            }
        }
    }
}

/// <summary>Where a value came from: an attribute argument (<see cref="Argument"/> null: the whole attribute), or a declaring symbol.</summary>
internal readonly record struct ValueOrigin(AttributeData? Attribute, string? Argument, ISymbol? Symbol);

/// <summary>A problem the parser met, with what it was looking at.</summary>
internal sealed record ParseProblem(ParseProblemKind Kind, string Message, ISymbol Symbol, AttributeData? Attribute, string? Argument);
