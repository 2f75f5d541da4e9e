using System.Collections.Generic;
using StepFlow.Asl.Json;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// A <c>.waitForTaskToken</c> Task waits until someone calls SendTaskSuccess with its token; if the payload never
/// passes the token ($$.Task.Token, or $states.context.Task.Token in JSONata), nobody can, and the task hangs until
/// its timeout.
/// </summary>
public sealed class CallbackTokenRule : IAslRule
{
    public static readonly AslRuleDescriptor NoToken = new(
        "SF3025",
        "Callback task never passes its task token",
        "Task '{0}' waits for a task token but its {1} never passes one: add \"TaskToken.$\": \"$$.Task.Token\" (JSONata: \"{{% $states.context.Task.Token %}}\")",
        AslSeverity.Warning,
        "StepFlow.Structure");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { NoToken };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (state.Type != "Task" || state.Body.GetString("Resource") is not { } resource
                || !resource.EndsWith(".waitForTaskToken", System.StringComparison.Ordinal))
            {
                continue;
            }

            var field = context.IsJsonata(state) ? "Arguments" : "Parameters";
            var payload = state.Body[field];
            if (payload is null || !MentionsToken(payload))
            {
                context.Report(NoToken, (AslValue?)state.Body.Find("Resource")?.Value ?? state.Body, state.Path + ".Resource", state.Name, field);
            }
        }
    }

    private static bool MentionsToken(AslValue payload)
    {
        foreach (var (text, _) in JsonWalk.Strings(payload, "$"))
        {
            if (text.Value.IndexOf("Task.Token", System.StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
