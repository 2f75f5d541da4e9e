using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using StepFlow.Local.DataFlow;
using StepFlow.Local.Evaluation;
using StepFlow.Local.Json;
using StepFlow.Local.States;

namespace StepFlow.Local.Definition;

/// <summary>Parses Choice rules: JSONPath data-test and boolean rules, or JSONata Conditions.</summary>
internal static class ChoiceRuleParser
{
    public static IReadOnlyList<ChoiceRule> Parse(JsonFields state, bool jsonata)
    {
        var items = state.Array("Choices");
        if (items.Count == 0)
        {
            throw JsonFields.Error("These fields are required: [Choices]", state.Location);
        }

        var rules = new List<ChoiceRule>();
        for (var i = 0; i < items.Count; i++)
        {
            var location = state.At("Choices") + "/" + i;
            var fields = items[i] is JsonObject obj ? new JsonFields(obj, location) : throw JsonFields.Error("Expected an OBJECT", location);
            rules.Add(new ChoiceRule
            {
                Condition = jsonata ? JsonataRule(fields) : Condition(fields),
                Next = fields.RequiredString("Next"),
                Assign = DataFlowParser.Assign(fields, jsonata),
                Output = fields.Raw("Output"),
                HasOutput = jsonata && fields.Has("Output"),
            });
        }

        return rules;
    }

    private static ChoiceCondition JsonataRule(JsonFields fields)
    {
        if (!fields.Has("Condition"))
        {
            throw JsonFields.Error("These fields are required: [Condition]", fields.Location);
        }

        return new JsonataCondition(new JsonataTemplate(fields.Raw("Condition"), "Condition"));
    }

    private static ChoiceCondition Condition(JsonFields fields)
    {
        if (fields.Has("And"))
        {
            return new AndCondition(Nested(fields, "And"));
        }

        if (fields.Has("Or"))
        {
            return new OrCondition(Nested(fields, "Or"));
        }

        if (fields.Child("Not") is { } not)
        {
            return new NotCondition(Condition(not));
        }

        var variable = fields.Path("Variable") ?? throw JsonFields.Error("These fields are required: [Variable]", fields.Location);
        foreach (var op in Enum.GetValues<ChoiceOperator>())
        {
            var name = op.ToString();
            if (fields.Has(name))
            {
                return Comparison(fields, variable, op, name, fields.Raw(name));
            }

            if (fields.Has(name + "Path"))
            {
                return new ComparisonCondition { Variable = variable, Operator = op, OperandPath = fields.Path(name + "Path") };
            }
        }

        throw JsonFields.Error("A choice rule needs exactly one comparison operator", fields.Location);
    }

    private static ComparisonCondition Comparison(JsonFields fields, StepFlow.Paths.JsonPath variable, ChoiceOperator op, string name, JsonNode? literal)
    {
        var kind = JsonNodes.KindOf(literal);
        var expected = op switch
        {
            >= ChoiceOperator.StringEquals and <= ChoiceOperator.StringMatches => kind == JsonValueKind.String,
            >= ChoiceOperator.NumericEquals and <= ChoiceOperator.NumericGreaterThanEquals => kind == JsonValueKind.Number,
            >= ChoiceOperator.TimestampEquals and <= ChoiceOperator.TimestampGreaterThanEquals =>
                JsonNodes.IsString(literal, out var text) && Rfc3339.TryParse(text, out _),
            _ => kind is JsonValueKind.True or JsonValueKind.False,
        };
        if (!expected)
        {
            throw JsonFields.Error("The value for the field '" + name + "' has the wrong type for the operator", fields.At(name));
        }

        return new ComparisonCondition { Variable = variable, Operator = op, Literal = literal?.DeepClone() };
    }

    private static IReadOnlyList<ChoiceCondition> Nested(JsonFields fields, string name)
    {
        var items = fields.Array(name);
        if (items.Count == 0)
        {
            throw JsonFields.Error("The field '" + name + "' needs at least one rule", fields.At(name));
        }

        var list = new List<ChoiceCondition>();
        for (var i = 0; i < items.Count; i++)
        {
            var location = fields.At(name) + "/" + i;
            list.Add(Condition(items[i] is JsonObject obj ? new JsonFields(obj, location) : throw JsonFields.Error("Expected an OBJECT", location)));
        }

        return list;
    }
}
