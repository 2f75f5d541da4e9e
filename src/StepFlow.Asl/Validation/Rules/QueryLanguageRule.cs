using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>QueryLanguage is JSONPath or JSONata, and no state switches back to JSONPath under a JSONata machine.</summary>
public sealed class QueryLanguageRule : IAslRule
{
    public static readonly AslRuleDescriptor BadLanguage = new(
        "SF3019",
        "Invalid QueryLanguage",
        "{0}: {1}",
        AslSeverity.Error,
        "StepFlow.QueryLanguage");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { BadLanguage };

    public void Check(AslValidationContext context)
    {
        if (InvalidValue(context.Definition["QueryLanguage"]) is { } machine)
        {
            ReportInvalid(context, machine, "$.QueryLanguage", "The machine");
        }

        foreach (var scope in context.Graph.Scopes())
        {
            if (scope.Owner is not null && InvalidValue(scope.Body["QueryLanguage"]) is { } nested)
            {
                ReportInvalid(context, nested, scope.Path + ".QueryLanguage", "A nested scope of '" + scope.Owner.Name + "'");
            }
        }

        foreach (var state in context.AllStates())
        {
            var value = state.Body["QueryLanguage"];
            if (InvalidValue(value) is { } invalid)
            {
                ReportInvalid(context, invalid, state.Path + ".QueryLanguage", "State '" + state.Name + "'");
            }

            if (context.MachineIsJsonata && value is AslString { Value: QueryLanguages.JsonPath })
            {
                context.Report(BadLanguage, value, state.Path + ".QueryLanguage", "State '" + state.Name + "'", "QueryLanguage cannot be JSONPath when the whole machine is JSONata; remove it, or make the machine JSONPath and opt states into JSONata");
            }
        }
    }

    private static AslValue? InvalidValue(AslValue? value)
        => value is not null && value is not AslString { Value: QueryLanguages.JsonPath or QueryLanguages.Jsonata } ? value : null;

    private static void ReportInvalid(AslValidationContext context, AslValue value, string path, string where)
        => context.Report(BadLanguage, value, path, where, "QueryLanguage must be \"JSONPath\" or \"JSONata\", not " + value);
}
