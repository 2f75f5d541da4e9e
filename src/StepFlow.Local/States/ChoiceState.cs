using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.DataFlow;
using StepFlow.Local.Errors;
using StepFlow.Local.Execution;

namespace StepFlow.Local.States;

/// <summary><c>"Type": "Choice"</c>: the first matching rule picks the next state.</summary>
internal sealed class ChoiceState : State
{
    public required IReadOnlyList<ChoiceRule> Choices { get; init; }

    public string? Default { get; init; }

    public override string TypeName => "Choice";

    public override ValueTask<StateResult> ExecuteAsync(StateVisit visit)
    {
        var effective = Flow.EffectiveInput(visit);
        foreach (var rule in Choices)
        {
            if (rule.Condition.Evaluate(visit, effective))
            {
                // A matched rule's Assign replaces the state's; with JSONata its Output (or the input) is used.
                var assign = rule.Assign ?? AssignBlock.None;
                var output = Flow.Output(visit, effective, assign, rule.HasOutput ? rule.Output : null, out var assigned);
                if (IsJsonata && !rule.HasOutput)
                {
                    output = visit.RawInput;
                }

                return new ValueTask<StateResult>(new StateResult(output, rule.Next, assigned));
            }
        }

        if (Default is null)
        {
            throw new StatesErrorException(StatesErrorNames.NoChoiceMatched, "No Matches!");
        }

        var defaultOutput = Flow.Output(visit, effective, null, null, out var defaultAssigned);
        return new ValueTask<StateResult>(new StateResult(defaultOutput, Default, defaultAssigned));
    }
}
