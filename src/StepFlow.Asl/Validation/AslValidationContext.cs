using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation;

/// <summary>What a rule sees: the definition, its state graph, and where to report.</summary>
public sealed class AslValidationContext
{
    private readonly List<AslFinding> _findings;

    internal AslValidationContext(AslObject definition, StateGraph graph, List<AslFinding> findings)
    {
        Definition = definition;
        Graph = graph;
        _findings = findings;
    }

    public AslObject Definition { get; }

    public StateGraph Graph { get; }

    public void Report(AslRuleDescriptor rule, AslValue? target, string jsonPath, params object[] arguments)
        => _findings.Add(AslFinding.Create(rule, target, jsonPath, arguments));
}
