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
        CheckValue(context, context.Definition["QueryLanguage"], "$.QueryLanguage", "The machine");
        foreach (var scope in context.Graph.Scopes())
        {
            if (scope.Owner is not null)
            {
                CheckValue(context, scope.Body["QueryLanguage"], scope.Path + ".QueryLanguage", "A nested scope of '" + scope.Owner.Name + "'");
            }
        }

        foreach (var state in context.AllStates())
        {
            var value = state.Body["QueryLanguage"];
            var where = "State '" + state.Name + "'";
            CheckValue(context, value, Placeholders.Append(state.Path, "QueryLanguage"), where);
            if (context.MachineIsJsonata && value is AslString { Value: QueryLanguages.JsonPath })
            {
                context.Report(BadLanguage, value, state.Path + ".QueryLanguage", where, "QueryLanguage cannot be JSONPath when the whole machine is JSONata; remove it, or make the machine JSONPath and opt states into JSONata");
            }
        }
    }

    private static void CheckValue(AslValidationContext context, AslValue? value, string path, string where)
    {
        if (value is not null && value is not AslString { Value: QueryLanguages.JsonPath or QueryLanguages.Jsonata })
        {
            context.Report(BadLanguage, value, path, where, "QueryLanguage must be \"JSONPath\" or \"JSONata\", not " + value);
        }
    }
}
