using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation;

/// <summary>What a rule sees: the definition, its state graph, the options, and where to report.</summary>
public sealed class AslValidationContext
{
    private readonly List<AslFinding> _findings;

    internal AslValidationContext(AslObject definition, StateGraph graph, AslValidationOptions options, List<AslFinding> findings)
    {
        Definition = definition;
        Graph = graph;
        Options = options;
        _findings = findings;
        MachineIsJsonata = definition.GetString("QueryLanguage") == QueryLanguages.Jsonata;
    }

    public AslObject Definition { get; }

    public StateGraph Graph { get; }

    public AslValidationOptions Options { get; }

    /// <summary>The machine's default language, which nested states inherit (not their Parallel or Map state's).</summary>
    public bool MachineIsJsonata { get; }

    /// <summary>A state's effective query language: its own QueryLanguage, else the machine's.</summary>
    public bool IsJsonata(StateNode state)
        => state.Body.GetString("QueryLanguage") is { } own ? own == QueryLanguages.Jsonata : MachineIsJsonata;

    /// <summary>Every state of every scope, machine first, depth first.</summary>
    public IReadOnlyList<StateNode> AllStates() => Graph.AllStates();

    public void Report(AslRuleDescriptor rule, AslValue? target, string jsonPath, params object[] arguments)
        => _findings.Add(AslFinding.Create(rule, target, jsonPath, arguments));

    /// <summary>Reports the characters <paramref name="within"/> the value of <paramref name="target"/>.</summary>
    public void ReportWithin(AslRuleDescriptor rule, AslString target, SourceSpan within, string jsonPath, params object[] arguments)
        => _findings.Add(AslFinding.Create(rule, target, jsonPath, arguments) with { Within = within });
}
