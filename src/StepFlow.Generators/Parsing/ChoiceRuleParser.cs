using Microsoft.CodeAnalysis;
using StepFlow.Asl.Json;

namespace StepFlow.Generators.Parsing;

/// <summary>
/// Builds one Choice rule from a <c>[When]</c>: a compound <c>Rule</c>'s JSON first, then Variable, the comparison
/// operators as written, Condition, Assign and Output, and Next last, as people write rules by hand.
/// </summary>
internal sealed class ChoiceRuleParser
{
    private readonly WorkflowParser _parser;
    private readonly ScopeParser _scope;
    private readonly IMethodSymbol _method;
    private readonly AttributeData _attribute;

    public ChoiceRuleParser(WorkflowParser parser, ScopeParser scope, IMethodSymbol method, AttributeData attribute)
    {
        _parser = parser;
        _scope = scope;
        _method = method;
        _attribute = attribute;
    }

    private AttributeValueReader Values => _parser.Values;

    public AslObject Parse()
    {
        var rule = new AslObjectBuilder();
        if (AttributeValueReader.TryGetNamed(_attribute, "Rule", out var raw) && Values.Json(_method, _attribute, "Rule", raw) is AslObject compound)
        {
            foreach (var property in compound.Properties)
            {
                rule.Set(property.Name, property.Value);
            }
        }

        if (_attribute.ConstructorArguments.Length == 1)
        {
            WorkflowParser.SetIfPresent(rule, "Variable", Values.Text(_method, _attribute, "#0", _attribute.ConstructorArguments[0]));
        }

        AslValue? next = null;
        foreach (var pair in _attribute.NamedArguments)
        {
            switch (pair.Key)
            {
                case "Rule":
                    continue;
                case "Next":
                    next = pair.Value.Value is string reference
                        ? Values.Record(new AslString(_scope.ResolveStateName(reference)), _attribute, "Next")
                        : null;
                    continue;
                case "Assign":
                case "Output":
                    WorkflowParser.SetIfPresent(rule, pair.Key, Values.Json(_method, _attribute, pair.Key, pair.Value));
                    continue;
            }

            WorkflowParser.SetIfPresent(rule, pair.Key, Operand(pair.Key, pair.Value));
        }

        if (next is not null)
        {
            rule.Set("Next", next);
        }

        var built = rule.ToObject();
        Values.Sink.Declared(built, _method, _attribute);
        return built;
    }

    private AslValue? Operand(string name, TypedConstant value)
    {
        if (name.StartsWith("Numeric", System.StringComparison.Ordinal) && !name.EndsWith("Path", System.StringComparison.Ordinal))
        {
            return Values.Number(_method, _attribute, name, value);
        }

        if (name == "BooleanEquals" || name.StartsWith("Is", System.StringComparison.Ordinal))
        {
            return Values.Boolean(_method, _attribute, name, value);
        }

        return Values.Text(_method, _attribute, name, value);
    }
}
