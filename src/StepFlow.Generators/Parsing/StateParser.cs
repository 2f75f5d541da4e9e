using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using StepFlow.Asl;
using StepFlow.Asl.Json;

namespace StepFlow.Generators.Parsing;

/// <summary>Builds one state's ASL object from its member, its state attribute and its When/Retry/Catch/AslField attributes.</summary>
internal sealed class StateParser
{
    private readonly WorkflowParser _parser;
    private readonly ScopeParser _scope;
    private readonly IMethodSymbol _method;
    private readonly AttributeData _attribute;
    private readonly string _type;
    private readonly string _name;
    private readonly StateMemberAttributes _members;
    // Room for a typical state's members (Type, Resource, Parameters, ResultPath, Next, Retry, Catch, ...).
    private readonly AslObjectBuilder _state = new(expectedCount: 12);

    public StateParser(WorkflowParser parser, ScopeParser scope, IMethodSymbol method, AttributeData attribute, string type, string name, StateMemberAttributes members)
    {
        _parser = parser;
        _scope = scope;
        _method = method;
        _attribute = attribute;
        _type = type;
        _name = name;
        _members = members;
    }

    private AttributeValueReader Values => _parser.Values;

    public AslObject Parse()
    {
        _state.Set("Type", Values.Record(new AslString(_type), _attribute, null));
        string? functionName = null;
        foreach (var pair in _attribute.NamedArguments)
        {
            if (pair.Key == "FunctionName")
            {
                functionName = pair.Value.Value as string;
                continue;
            }

            ReadNamed(pair.Key, pair.Value);
        }

        if (_type == "Task")
        {
            ApplyTaskDefaults(functionName);
        }

        if (_type == "Choice")
        {
            ReadChoices();
        }

        ReadRetriers();
        ReadCatchers();
        if (_members.Has(StepFlowAttributeKind.AslField))
        {
            _parser.ApplyRawFields(_method, _state);
        }

        var state = _state.ToCanonicalObject();
        Values.Sink.Declared(state, _method, _attribute);
        return state;
    }

    private void ReadNamed(string name, TypedConstant value)
    {
        switch (name)
        {
            case "Name":
            case "StartAt":
                return;
            case "OutputType":
                if (value.Value is ITypeSymbol output)
                {
                    _parser.CallbackOutputs.Add(new Model.CallbackOutputSpec(_name, _parser.Types.From(output)));
                }

                return;
            case "End":
                if (value.Value is true)
                {
                    _state.Set("End", Values.Record(new AslBoolean(true), _attribute, name));
                }

                return;
            case "QueryLanguage":
                WorkflowParser.SetIfPresent(_state, name, _parser.QueryLanguageValue(_method, _attribute, value));
                return;
            case "Branches":
                ReadBranches(value);
                return;
            case "ItemProcessor":
            case "Iterator":
                if (value.Value is INamedTypeSymbol processor)
                {
                    WorkflowParser.SetIfPresent(_state, name, Values.Record(_parser.ParseNestedScope(processor, _method, _attribute, name, isItemProcessor: true) ?? AslObject.Empty, _attribute, name));
                }

                return;
        }

        if (!AttributeValueReader.IsValid(value))
        {
            Values.Sink.Problem(ParseProblemKind.InvalidArgument, "'" + name + "' has a value the compiler could not evaluate", _method, _attribute, name);
            return;
        }

        WorkflowParser.SetIfPresent(_state, name, ReadField(name, value, _attribute));
    }

    private AslValue? ReadField(string name, TypedConstant value, AttributeData attribute)
        => FieldKinds.Of(name) switch
        {
            FieldKind.Text => Values.Text(_method, attribute, name, value),
            FieldKind.Json => Values.Json(_method, attribute, name, value),
            FieldKind.NumberOrExpression => Values.NumberOrExpression(_method, attribute, name, value),
            FieldKind.Transition => Transition(attribute, name, value),
            _ => null,
        };

    private AslValue? Transition(AttributeData attribute, string argument, TypedConstant value)
    {
        if (value.Value is not string reference)
        {
            Values.Sink.Problem(ParseProblemKind.InvalidArgument, "'" + argument + "' must name a state: use nameof(Member)", _method, attribute, argument);
            return null;
        }

        return Values.Record(new AslString(_scope.ResolveStateName(reference)), attribute, argument);
    }

    private void ReadBranches(TypedConstant value)
    {
        if (value.Kind != TypedConstantKind.Array || value.IsNull)
        {
            Values.Sink.Problem(ParseProblemKind.InvalidArgument, "'Branches' must list branch classes: Branches = new[] { typeof(A), typeof(B) }", _method, _attribute, "Branches");
            return;
        }

        var branches = new List<AslValue>();
        foreach (var item in value.Values)
        {
            if (item.Value is INamedTypeSymbol branchType
                && _parser.ParseNestedScope(branchType, _method, _attribute, "Branches", isItemProcessor: false) is { } branch)
            {
                branches.Add(branch);
            }
        }

        _state.Set("Branches", Values.Record(new AslArray(branches.ToEquatableArray()), _attribute, "Branches"));
    }

    /// <summary>
    /// A Task on a method with a body and no Resource is a Lambda function: invoke it through the optimized
    /// integration and unwrap <c>Payload</c>, so the state's output is the method's return value.
    /// </summary>
    private void ApplyTaskDefaults(string? functionName)
    {
        var hasBody = !(_method.IsPartialDefinition && _method.PartialImplementationPart is null) && !_method.IsAbstract && !_method.IsExtern;
        if (!_state.Contains("Resource") && hasBody)
        {
            _state.Set("Resource", Values.Record(new AslString(KnownNames.LambdaInvokeResource), _attribute, null));
            var function = new AslString(functionName ?? "${" + _method.Name + "FunctionArn}");
            Values.Record(function, _attribute, functionName is null ? null : "FunctionName");
            if (IsJsonata())
            {
                if (!_state.Contains("Arguments"))
                {
                    _state.Set("Arguments", new AslObjectBuilder().Set("FunctionName", function).Set("Payload", "{% $states.input %}").ToObject());
                }

                if (!_state.Contains("Output"))
                {
                    _state.Set("Output", new AslString("{% $states.result.Payload %}"));
                }
            }
            else
            {
                if (!_state.Contains("Parameters"))
                {
                    _state.Set("Parameters", new AslObjectBuilder().Set("FunctionName", function).Set("Payload.$", "$").ToObject());
                }

                if (!_state.Contains("ResultSelector") && !_state.Contains("ResultPath") && !_state.Contains("OutputPath"))
                {
                    _state.Set("OutputPath", new AslString("$.Payload"));
                }
            }
        }

        if (hasBody)
        {
            var finalResource = (_state.Get("Resource") as AslString)?.Value ?? KnownNames.LambdaInvokeResource;
            if (TaskSignatureReader.Read(_method, _name, finalResource, _attribute, Values.Sink, _parser.Types) is { } spec)
            {
                _parser.TaskMethods.Add(spec);
            }
        }
    }

    private bool IsJsonata()
    {
        var own = (_state.Get("QueryLanguage") as AslString)?.Value;
        return own is not null ? own == "JSONata" : _parser.MachineIsJsonata;
    }

    private void ReadChoices()
    {
        var rules = new List<AslValue>();
        if (_members.Has(StepFlowAttributeKind.When))
        {
            for (var i = 0; i < _members.All.Length; i++)
            {
                if (_members.Is(i, StepFlowAttributeKind.When, _parser.Known))
                {
                    rules.Add(new ChoiceRuleParser(_parser, _scope, _method, _members.All[i]).Parse());
                }
            }
        }

        _state.Set("Choices", new AslArray(rules.ToEquatableArray()));
    }

    private void ReadRetriers()
    {
        if (!_members.Has(StepFlowAttributeKind.Retry))
        {
            return;
        }

        var retriers = new List<AslValue>();
        for (var i = 0; i < _members.All.Length; i++)
        {
            if (!_members.Is(i, StepFlowAttributeKind.Retry, _parser.Known))
            {
                continue;
            }

            var attribute = _members.All[i];
            var retrier = new AslObjectBuilder(expectedCount: 8);
            ReadErrorEquals(attribute, retrier);
            foreach (var pair in attribute.NamedArguments)
            {
                AslValue? value = pair.Key switch
                {
                    "Comment" => Values.Text(_method, attribute, pair.Key, pair.Value),
                    "JitterStrategy" => Values.EnumValue(_method, attribute, pair.Key, pair.Value) is { } jitter
                        ? Values.Record(new AslString(jitter == 1 ? "FULL" : "NONE"), attribute, pair.Key)
                        : null,
                    _ => Values.Number(_method, attribute, pair.Key, pair.Value),
                };
                WorkflowParser.SetIfPresent(retrier, pair.Key, value);
            }

            var built = retrier.ToCanonicalObject();
            Values.Sink.Declared(built, _method, attribute);
            retriers.Add(built);
        }

        // A method past the bit masks may say "maybe" and have none: no empty array then.
        if (retriers.Count > 0)
        {
            _state.Set("Retry", new AslArray(retriers.ToEquatableArray()));
        }
    }

    private void ReadCatchers()
    {
        if (!_members.Has(StepFlowAttributeKind.Catch))
        {
            return;
        }

        var catchers = new List<AslValue>();
        for (var i = 0; i < _members.All.Length; i++)
        {
            if (!_members.Is(i, StepFlowAttributeKind.Catch, _parser.Known))
            {
                continue;
            }

            var attribute = _members.All[i];
            var catcher = new AslObjectBuilder(expectedCount: 8);
            ReadErrorEquals(attribute, catcher);
            foreach (var pair in attribute.NamedArguments)
            {
                WorkflowParser.SetIfPresent(catcher, pair.Key, ReadField(pair.Key, pair.Value, attribute));
            }

            var built = catcher.ToCanonicalObject();
            Values.Sink.Declared(built, _method, attribute);
            catchers.Add(built);
        }

        // A method past the bit masks may say "maybe" and have none: no empty array then.
        if (catchers.Count > 0)
        {
            _state.Set("Catch", new AslArray(catchers.ToEquatableArray()));
        }
    }

    private void ReadErrorEquals(AttributeData attribute, AslObjectBuilder target)
    {
        if (attribute.ConstructorArguments.Length == 1)
        {
            WorkflowParser.SetIfPresent(target, "ErrorEquals", Values.StringArray(_method, attribute, "#0", attribute.ConstructorArguments[0]));
        }
    }
}
