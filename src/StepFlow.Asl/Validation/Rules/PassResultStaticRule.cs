using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation.Syntax;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// AWS's PASS_RESULT_IS_STATIC warning: a Pass state's Result is returned exactly as written, so keys ending ".$"
/// keep their suffix and paths or intrinsic calls stay text. Parameters is the field that evaluates them.
/// </summary>
public sealed class PassResultStaticRule : IAslRule
{
    public static readonly AslRuleDescriptor Static = new(
        "SF5022",
        "Pass Result is never evaluated",
        "Pass state '{0}' returns Result as written, so {1}: move it to Parameters, which evaluates keys ending .$",
        AslSeverity.Warning,
        "StepFlow.Paths");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { Static };

    public void Check(AslValidationContext context)
    {
        PathTrail? trail = null;
        foreach (var state in context.AllStates())
        {
            if (state.Type != "Pass" || state.Body["Result"] is not { } result || context.IsJsonata(state))
            {
                continue;
            }

            trail ??= new PathTrail();
            trail.Start(state.Path);
            trail.Push("Result");
            Visit(context, state, result, trail);
        }
    }

    private static void Visit(AslValidationContext context, StateNode state, AslValue value, PathTrail trail)
    {
        switch (value)
        {
            case AslString text when PathLookalike.IsExpression(text.Value):
                context.Report(Static, text, trail.ToString(), state.Name, "'" + text.Value + "' stays text");
                break;
            case AslObject obj:
                for (var i = 0; i < obj.Properties.Count; i++)
                {
                    var property = obj.Properties[i];
                    if (JsonWalk.IsDollarKey(property.Name))
                    {
                        // One finding per member: the key already says an evaluation was meant.
                        context.Report(Static, property.Value, trail.With(property.Name), state.Name, "the key '" + property.Name + "' keeps its .$ and its value is not evaluated");
                        continue;
                    }

                    trail.Push(property.Name);
                    Visit(context, state, property.Value, trail);
                    trail.Pop();
                }

                break;
            case AslArray array:
                for (var i = 0; i < array.Items.Count; i++)
                {
                    trail.Push(i);
                    Visit(context, state, array.Items[i], trail);
                    trail.Pop();
                }

                break;
        }
    }
}
