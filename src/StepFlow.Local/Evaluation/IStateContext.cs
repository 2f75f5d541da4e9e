using System;
using System.Text.Json.Nodes;

namespace StepFlow.Local.Evaluation;

/// <summary>What a path or intrinsic can see besides <c>$</c>: the Context Object, variables and the random source.</summary>
internal interface IStateContext
{
    /// <summary>The <c>$$</c> document for the current state visit (built on first use).</summary>
    JsonNode ContextObject { get; }

    /// <summary>Reads a variable as it was when the state was entered.</summary>
    bool TryGetVariable(string name, out JsonNode? value);

    /// <summary>The execution's random source (seedable through the engine options).</summary>
    Random Random { get; }
}
