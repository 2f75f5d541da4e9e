using System.Collections.Generic;
using StepFlow.Asl.Json;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// Task, Pass, Wait, Parallel and Map states have exactly one of Next or "End": true; Choice, Succeed and Fail
/// have neither.
/// </summary>
public sealed class NextEndRule : IAslRule
{
    public static readonly AslRuleDescriptor Missing = new(
        "SF3001",
        "State has neither Next nor End",
        "{0} state '{1}' must say where to go: set Next, or End = true",
        AslSeverity.Error,
        "StepFlow.Structure");

    public static readonly AslRuleDescriptor Both = new(
        "SF3002",
        "State has both Next and End",
        "{0} state '{1}' sets both Next and End: keep one",
        AslSeverity.Error,
        "StepFlow.Structure");

    public static readonly AslRuleDescriptor Forbidden = new(
        "SF3003",
        "Next or End on a state that cannot have it",
        "{0} state '{1}' cannot have {2}: Choice states transition through their rules and Default, Succeed and Fail states end the run",
        AslSeverity.Error,
        "StepFlow.Structure");

    public static readonly AslRuleDescriptor EndFalse = new(
        "SF3023",
        "\"End\": false next to Next",
        "State '{0}' sets End to false next to Next: End = false has no effect (some tools reject it); remove it",
        AslSeverity.Warning,
        "StepFlow.Structure");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { Missing, Both, Forbidden, EndFalse };

    public void Check(AslValidationContext context)
    {
        foreach (var scope in context.Graph.Scopes())
        {
            foreach (var state in scope.States)
            {
                var next = state.Body.Find("Next");
                var end = state.Body.Find("End");
                switch (state.Type)
                {
                    case "Choice":
                    case "Succeed":
                    case "Fail":
                        if (next is not null)
                        {
                            context.Report(Forbidden, next.Value, state.Path + ".Next", state.Type, state.Name, "Next");
                        }

                        if (end is not null)
                        {
                            context.Report(Forbidden, end.Value, state.Path + ".End", state.Type, state.Name, "End");
                        }

                        break;
                    case "Task":
                    case "Pass":
                    case "Wait":
                    case "Parallel":
                    case "Map":
                        var ends = end?.Value is AslBoolean { Value: true };
                        if (next is null && !ends)
                        {
                            context.Report(Missing, state.Body, state.Path, state.Type, state.Name);
                        }
                        else if (next is not null && ends)
                        {
                            context.Report(Both, end!.Value, state.Path + ".End", state.Type, state.Name);
                        }
                        else if (next is not null && end?.Value is AslBoolean)
                        {
                            context.Report(EndFalse, end.Value, state.Path + ".End", state.Name);
                        }

                        break;
                }
            }
        }
    }
}
