using System.Threading.Tasks;
using StepFlow.Local.Execution;

namespace StepFlow.Local.States;

/// <summary><c>"Type": "Succeed"</c>: ends the execution, branch or iteration successfully.</summary>
internal sealed class SucceedState : State
{
    public override string TypeName => "Succeed";

    public override ValueTask<StateResult> ExecuteAsync(StateVisit visit)
    {
        var effective = Flow.EffectiveInput(visit);
        var output = Flow.Output(visit, effective, null, null, out _);
        return new ValueTask<StateResult>(new StateResult(output, null, null));
    }
}
