using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>Fields hold the JSON type the language defines: names are strings, Retry/Catch arrays, templates objects.</summary>
public sealed class FieldTypeRule : IAslRule
{
    public static readonly AslRuleDescriptor WrongType = new(
        "SF3024",
        "Field has the wrong JSON type",
        "State '{0}': '{1}' must be {2}",
        AslSeverity.Error,
        "StepFlow.Structure");

    private static readonly Dictionary<string, AslValueKind> Kinds = new()
    {
        ["Next"] = AslValueKind.String,
        ["Default"] = AslValueKind.String,
        ["Comment"] = AslValueKind.String,
        ["End"] = AslValueKind.Boolean,
        ["Label"] = AslValueKind.String,
        ["Retry"] = AslValueKind.Array,
        ["Catch"] = AslValueKind.Array,
        ["Choices"] = AslValueKind.Array,
        ["Branches"] = AslValueKind.Array,
        ["ItemProcessor"] = AslValueKind.Object,
        ["Iterator"] = AslValueKind.Object,
        ["Credentials"] = AslValueKind.Object,
        ["ItemReader"] = AslValueKind.Object,
        ["ItemBatcher"] = AslValueKind.Object,
        ["ResultWriter"] = AslValueKind.Object,
        ["Parameters"] = AslValueKind.Object,
        ["ResultSelector"] = AslValueKind.Object,
    };

    /// <summary>JSONata fields that are strings, or an expression producing one.</summary>
    private static readonly HashSet<string> StringsOrExpressions = new() { "Error", "Cause" };

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { WrongType };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            foreach (var property in state.Body.Properties)
            {
                if (Kinds.TryGetValue(property.Name, out var kind) && property.Value.Kind != kind)
                {
                    context.Report(WrongType, property.Value, Placeholders.Append(state.Path, property.Name), state.Name, property.Name, Describe(kind));
                }
                else if (StringsOrExpressions.Contains(property.Name) && property.Value is not AslString)
                {
                    context.Report(WrongType, property.Value, Placeholders.Append(state.Path, property.Name), state.Name, property.Name, "a string");
                }
                else if (property.Name is "Retry" or "Catch" && property.Value is AslArray items)
                {
                    for (var i = 0; i < items.Items.Count; i++)
                    {
                        if (items.Items[i] is not AslObject)
                        {
                            context.Report(WrongType, items.Items[i], Placeholders.Append(state.Path, property.Name) + "[" + i + "]", state.Name, property.Name + "[" + i + "]", "an object");
                        }
                    }
                }
            }
        }
    }

    private static string Describe(AslValueKind kind) => kind switch
    {
        AslValueKind.String => "a string",
        AslValueKind.Boolean => "true or false",
        AslValueKind.Array => "an array",
        AslValueKind.Object => "an object",
        _ => kind.ToString(),
    };
}
