using System.Collections.Generic;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// Each state type accepts a fixed set of fields, and each query language a subset of them: AWS rejects the rest
/// ("Field 'X' is not supported", "field 'Output' is only supported for the 'JSONata' QueryLanguage").
/// </summary>
public sealed class FieldAllowedRule : IAslRule
{
    public static readonly AslRuleDescriptor NotSupported = new(
        "SF3005",
        "Field not supported on this state type",
        "{0} state '{1}' does not support '{2}': remove it{3}",
        AslSeverity.Error,
        "StepFlow.Structure");

    public static readonly AslRuleDescriptor JsonPathInJsonata = new(
        "SF3006",
        "JSONPath field in a JSONata state",
        "'{0}' is a JSONPath field but state '{1}' uses JSONata: {2}",
        AslSeverity.Error,
        "StepFlow.QueryLanguage");

    public static readonly AslRuleDescriptor JsonataInJsonPath = new(
        "SF3007",
        "JSONata field in a JSONPath state",
        "'{0}' is only supported when QueryLanguage is JSONata, but state '{1}' uses JSONPath: {2}",
        AslSeverity.Error,
        "StepFlow.QueryLanguage");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { NotSupported, JsonPathInJsonata, JsonataInJsonPath };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (!StateFields.IsKnownType(state.Type))
            {
                continue;
            }

            var jsonata = context.IsJsonata(state);
            foreach (var property in state.Body.Properties)
            {
                if (!StateFields.IsAllowed(state.Type, property.Name))
                {
                    var hint = NameSuggestions.Closest(property.Name, StateFields.AllowedFor(state.Type)) is { } close && close != property.Name
                        ? " (did you mean '" + close + "'?)"
                        : string.Empty;
                    context.Report(NotSupported, property.Value, Placeholders.Append(state.Path, property.Name), state.Type, state.Name, property.Name, hint);
                }
                else if (jsonata && StateFields.JsonPathOnly.Contains(property.Name))
                {
                    context.Report(JsonPathInJsonata, property.Value, Placeholders.Append(state.Path, property.Name), property.Name, state.Name, JsonataReplacement(property.Name));
                }
                else if (!jsonata && StateFields.JsonataOnly.Contains(property.Name))
                {
                    context.Report(JsonataInJsonPath, property.Value, Placeholders.Append(state.Path, property.Name), property.Name, state.Name, JsonPathReplacement(property.Name));
                }
            }
        }

        foreach (var catcher in ErrorHandlers.All(context, "Catch"))
        {
            var jsonata = context.IsJsonata(catcher.State);
            if (jsonata && catcher.Body["ResultPath"] is { } resultPath)
            {
                context.Report(JsonPathInJsonata, resultPath, catcher.Path + ".ResultPath", "ResultPath", catcher.State.Name, "shape the catcher's result with Output");
            }
            else if (!jsonata && catcher.Body["Output"] is { } output)
            {
                context.Report(JsonataInJsonPath, output, catcher.Path + ".Output", "Output", catcher.State.Name, "use ResultPath, or set QueryLanguage = JSONata");
            }
        }
    }

    public static string JsonataReplacement(string field) => field switch
    {
        "Parameters" => "use Arguments",
        "InputPath" or "OutputPath" or "ResultSelector" or "ResultPath" or "Result" => "use Output (and Assign) with {% %} expressions",
        "ItemsPath" => "use Items",
        _ => "use the field without 'Path' and a {% %} expression",
    };

    public static string JsonPathReplacement(string field) => field switch
    {
        "Arguments" => "use Parameters, or set QueryLanguage = JSONata",
        "Output" => "use OutputPath/ResultSelector, or set QueryLanguage = JSONata",
        "Items" => "use ItemsPath, or set QueryLanguage = JSONata",
        _ => "set QueryLanguage = JSONata",
    };
}
