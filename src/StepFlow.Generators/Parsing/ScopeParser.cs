using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StepFlow.Asl;
using StepFlow.Asl.Json;

namespace StepFlow.Generators.Parsing;

/// <summary>
/// Reads the states of one scope (a machine, branch or item-processor class): its methods that carry a state
/// attribute, in declaration order, into <c>StartAt</c> and <c>States</c>.
/// </summary>
internal sealed class ScopeParser
{
    private readonly WorkflowParser _parser;
    private readonly INamedTypeSymbol _type;
    // Only members whose state is named otherwise: a member absent here is its own state name, and most states are
    // named after their method, so most transitions resolve without hashing a name.
    private readonly Dictionary<string, string> _stateNamesByMember = new();

    public ScopeParser(WorkflowParser parser, INamedTypeSymbol type)
    {
        _parser = parser;
        _type = type;
    }

    public void ParseInto(AslObjectBuilder scope)
    {
        var declared = CollectStates();
        var states = new AslObjectBuilder();
        var names = new HashSet<string>();
        AslString? startAt = null;
        AttributeData? startAtAttribute = null;

        foreach (var (method, attribute, stateType, stateName, members) in declared)
        {
            _parser.CancellationToken.ThrowIfCancellationRequested();
            if (!names.Add(stateName))
            {
                _parser.Values.Sink.Problem(ParseProblemKind.DuplicateStateName, "Another state in '" + _type.Name + "' is already named '" + stateName + "'", method, attribute, "Name");
                continue;
            }

            var state = new StateParser(_parser, this, method, attribute, stateType, stateName, members).Parse();
            states.Set(stateName, state);

            if (AttributeValueReader.TryGetNamed(attribute, "StartAt", out var isStart) && isStart.Value is true)
            {
                if (startAt is not null)
                {
                    _parser.Values.Sink.Problem(
                        ParseProblemKind.DuplicateStartAt,
                        "Only one state of '" + _type.Name + "' can be StartAt; '" + startAt.Value + "' already is",
                        method,
                        attribute,
                        "StartAt");
                    continue;
                }

                startAt = _parser.Values.Record(new AslString(stateName), attribute, "StartAt");
                startAtAttribute = attribute;
            }
        }

        if (declared.Count == 0)
        {
            _parser.Values.Sink.Problem(ParseProblemKind.NoStates, "'" + _type.Name + "' declares no states: mark methods with [Task], [Pass], [Choice], ...", _type, null, null);
        }
        else if (startAt is null)
        {
            _parser.Values.Sink.Problem(ParseProblemKind.MissingStartAt, "No state of '" + _type.Name + "' is marked StartAt = true", _type, null, null);
        }

        if (startAt is not null)
        {
            scope.Set("StartAt", startAt);
        }

        scope.Set("States", states.ToObject());
    }

    /// <summary>Resolves <c>nameof(Member)</c> to the member's state name; other text is taken as a state name.</summary>
    public string ResolveStateName(string reference)
        => _stateNamesByMember.TryGetValue(reference, out var name) ? name : reference;

    private List<(IMethodSymbol Method, AttributeData Attribute, string StateType, string StateName, StateMemberAttributes Members)> CollectStates()
    {
        var members = _type.GetMembers();
        var states = new List<(IMethodSymbol, AttributeData, string, string, StateMemberAttributes)>(members.Length);
        foreach (var member in members)
        {
            if (member is not IMethodSymbol method || method.MethodKind != MethodKind.Ordinary)
            {
                continue;
            }

            AttributeData? stateAttribute = null;
            string? stateType = null;
            var others = new StateMemberAttributes(method.GetAttributes());
            for (var index = 0; index < others.All.Length; index++)
            {
                var attribute = others.All[index];
                var kind = _parser.Known.KindOf(attribute);
                var type = StateTypes.Of(kind);
                if (type is null)
                {
                    others = others.With(index, kind);
                    continue;
                }

                if (stateAttribute is not null)
                {
                    _parser.Values.Sink.Problem(ParseProblemKind.MultipleStateAttributes, "'" + method.Name + "' can be only one state; remove one of its state attributes", method, attribute, null);
                    continue;
                }

                stateAttribute = attribute;
                stateType = type;
            }

            if (stateAttribute is null)
            {
                continue;
            }

            var stateName = AttributeValueReader.TryGetNamed(stateAttribute, "Name", out var named) && named.Value is string { Length: > 0 } explicitName
                ? explicitName
                : method.Name;
            if (stateName != method.Name)
            {
                _stateNamesByMember[method.Name] = stateName;
            }
            else
            {
                // An overload declared later still wins, as before.
                _stateNamesByMember.Remove(method.Name);
            }

            states.Add((method, stateAttribute, stateType!, stateName, others));
        }

        return states;
    }
}
