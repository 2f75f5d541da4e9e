using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation.Syntax;

namespace StepFlow.Asl.Validation;

/// <summary>What a rule sees: the definition, its state graph, the options, and where to report.</summary>
public sealed class AslValidationContext
{
    private readonly List<AslFinding> _findings;
    private IReadOnlyList<VariableReads.Assignment>?[]? _assignments;
    private VariableVisibility? _variables;
    private IReadOnlyList<JsonWalk.Member>?[]? _templateMembers;
    private IReadOnlyList<PathTexts.PathText>?[]? _pathTexts;
    private Dictionary<AslValue, JsonataTree?>? _jsonataTrees;

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

    /// <summary>
    /// The Assign keys of <paramref name="state"/>, worked out once per validation: three rules and the variable
    /// visibility all need them, and the engine runs on every keystroke.
    /// </summary>
    public IReadOnlyList<VariableReads.Assignment> AssignmentsOf(StateNode state)
    {
        _assignments ??= new IReadOnlyList<VariableReads.Assignment>?[Graph.AllStates().Count];
        return _assignments[state.Ordinal] ??= VariableReads.Assignments(state);
    }

    /// <summary>
    /// Every member of every payload template of a JSONPath state (none for JSONata states), at any depth, worked
    /// out once per validation: the template rule and the variable rules both look at all of them.
    /// </summary>
    public IReadOnlyList<JsonWalk.Member> TemplateMembersOf(StateNode state)
    {
        _templateMembers ??= new IReadOnlyList<JsonWalk.Member>?[Graph.AllStates().Count];
        if (_templateMembers[state.Ordinal] is { } known)
        {
            return known;
        }

        List<JsonWalk.Member>? members = null;
        if (!IsJsonata(state))
        {
            Rules.PayloadTemplateRule.CollectTemplateMembers(state, ref members);
        }

        // Most states have no template: they share one empty array instead of each getting a list.
        return _templateMembers[state.Ordinal] = (IReadOnlyList<JsonWalk.Member>?)members ?? System.Array.Empty<JsonWalk.Member>();
    }

    /// <summary>
    /// Every JSONPath expression <paramref name="state"/> evaluates (<see cref="PathTexts"/>), collected once per
    /// validation: the variable rules and the filter-operand rule read the same strings.
    /// </summary>
    public IReadOnlyList<PathTexts.PathText> PathTextsOf(StateNode state)
    {
        _pathTexts ??= new IReadOnlyList<PathTexts.PathText>?[Graph.AllStates().Count];
        return _pathTexts[state.Ordinal] ??= PathTexts.Collect(this, state);
    }

    /// <summary>
    /// The parse of the <c>{% %}</c> expression <paramref name="text"/> holds (null: too deep to parse here), once per
    /// validation: the expression rule and the variable rule both need it.
    /// </summary>
    public JsonataTree? JsonataTreeOf(AslString text)
    {
        _jsonataTrees ??= new Dictionary<AslValue, JsonataTree?>(AslValueIdentityComparer.Instance);
        if (!_jsonataTrees.TryGetValue(text, out var tree))
        {
            tree = JsonataTree.Parse(text.Value.Substring(2, text.Value.Length - 4));
            _jsonataTrees.Add(text, tree);
        }

        return tree;
    }

    /// <summary>Which variables each scope sees, worked out once per validation.</summary>
    public VariableVisibility Variables => _variables ??= VariableVisibility.Of(this);

    public void Report(AslRuleDescriptor rule, AslValue? target, string jsonPath, params object[] arguments)
        => _findings.Add(AslFinding.Create(rule, target, jsonPath, arguments));

    /// <summary>Reports the characters <paramref name="within"/> the value of <paramref name="target"/>.</summary>
    public void ReportWithin(AslRuleDescriptor rule, AslString target, SourceSpan within, string jsonPath, params object[] arguments)
        => _findings.Add(AslFinding.Create(rule, target, jsonPath, arguments) with { Within = within });
}
