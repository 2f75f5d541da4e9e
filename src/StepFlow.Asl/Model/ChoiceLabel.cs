using System.Globalization;
using StepFlow.Asl.Json;

namespace StepFlow.Asl.Model;

/// <summary>A short human label for a Choice rule, for diagrams: "$.status == 'ok'", or the JSONata condition.</summary>
public static class ChoiceLabel
{
    public static string Describe(AslObject rule, int index)
    {
        if (rule.GetString("Condition") is { } condition)
        {
            return condition;
        }

        var variable = rule.GetString("Variable");
        foreach (var property in rule.Properties)
        {
            if (property.Name is "Variable" or "Next" or "Comment" or "Assign" or "Output")
            {
                continue;
            }

            if (variable is not null)
            {
                return variable + " " + property.Name + " " + Scalar(property.Value);
            }

            return property.Name;
        }

        return "rule " + (index + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static string Scalar(AslValue value) => value switch
    {
        AslString s => "'" + s.Value + "'",
        AslNumber n => n.Literal,
        AslBoolean b => b.Value ? "true" : "false",
        _ => "…",
    };
}
