using System.Collections.Generic;
using StepFlow.Asl.Json;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// Express workflows cannot wait: CreateStateMachine rejects .sync and .waitForTaskToken integrations and activities
/// in them. The type is not in the ASL, so this needs <see cref="AslValidationOptions.IsExpress"/>.
/// </summary>
public sealed class ExpressRule : IAslRule
{
    public static readonly AslRuleDescriptor WaitsInExpress = new(
        "SF7003",
        "Express workflow uses a waiting integration",
        "Task '{0}' uses '{1}', which Express workflows do not support ({2}): use the request-response form, or make the workflow Standard",
        AslSeverity.Error,
        "StepFlow.Service");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { WaitsInExpress };

    public void Check(AslValidationContext context)
    {
        if (!context.Options.IsExpress)
        {
            return;
        }

        foreach (var state in context.AllStates())
        {
            if (state.Type != "Task" || state.Body["Resource"] is not AslString resource)
            {
                continue;
            }

            var why = resource.Value.EndsWith(".waitForTaskToken", System.StringComparison.Ordinal) ? "callbacks"
                : resource.Value.IndexOf(".sync", System.StringComparison.Ordinal) >= 0 ? "run-a-job (.sync)"
                : resource.Value.IndexOf(":activity:", System.StringComparison.Ordinal) >= 0 ? "activities"
                : null;
            if (why is not null)
            {
                context.Report(WaitsInExpress, resource, state.Path + ".Resource", state.Name, resource.Value, why);
            }
        }
    }
}
