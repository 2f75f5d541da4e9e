using System.Text.Json.Nodes;
using System.Threading.Tasks;
using StepFlow.Local.Execution;

namespace StepFlow.Local.States;

/// <summary><c>"Type": "Pass"</c>: the result is <c>Result</c>, or the (Parameters-shaped) effective input.</summary>
internal sealed class PassState : State
{
    public bool HasResult { get; init; }

    public JsonNode? Result { get; init; }

    public override string TypeName => "Pass";

    public override ValueTask<StateResult> ExecuteAsync(StateVisit visit)
    {
        var effective = Flow.EffectiveInput(visit);
        var result = Flow.TaskInput(visit, effective);
        if (HasResult)
        {
            result = Result?.DeepClone();
        }

        var output = Flow.Output(visit, result, null, null, out var assigned);
        return new ValueTask<StateResult>(Continue(output, assigned));
    }
}
