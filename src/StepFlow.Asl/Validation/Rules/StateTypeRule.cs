using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>Every entry of States is an object with a known, case-sensitive Type.</summary>
public sealed class StateTypeRule : IAslRule
{
    public static readonly AslRuleDescriptor BadType = new(
        "SF3004",
        "State has no valid Type",
        "State '{0}' {1}: Type is one of Task, Pass, Choice, Wait, Succeed, Fail, Parallel, Map{2}",
        AslSeverity.Error,
        "StepFlow.Structure");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { BadType };

    public void Check(AslValidationContext context)
    {
        foreach (var scope in context.Graph.Scopes())
        {
            if (scope.Body.GetObject("States") is not { } states)
            {
                continue;
            }

            foreach (var property in states.Properties)
            {
                if (property.Value is not AslObject state)
                {
                    context.Report(BadType, property.Value, PathOf(scope, property), property.Name, "is not a state object", string.Empty);
                    continue;
                }

                switch (state["Type"])
                {
                    case null:
                        context.Report(BadType, state, PathOf(scope, property), property.Name, "has no Type", string.Empty);
                        break;
                    case AslString type when !StateFields.IsKnownType(type.Value):
                        context.Report(BadType, type, PathOf(scope, property) + ".Type", property.Name, "has Type '" + type.Value + "'", NameSuggestions.Hint(type.Value, StateFields.Types));
                        break;
                    case AslString:
                        break;
                    case var other:
                        context.Report(BadType, other, PathOf(scope, property) + ".Type", property.Name, "has a Type that is not a string", string.Empty);
                        break;
                }
            }
        }
    }

    private static string PathOf(StateScope scope, AslProperty state) => Placeholders.Append(scope.Path + ".States", state.Name);
}
