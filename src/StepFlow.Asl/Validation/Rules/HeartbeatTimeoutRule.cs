using System.Collections.Generic;
using StepFlow.Asl.Json;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>A heartbeat at or beyond the timeout never fires: HeartbeatSeconds must be below TimeoutSeconds.</summary>
public sealed class HeartbeatTimeoutRule : IAslRule
{
    public static readonly AslRuleDescriptor NotBelow = new(
        "SF3012",
        "HeartbeatSeconds not below TimeoutSeconds",
        "Task '{0}' has HeartbeatSeconds {1} but TimeoutSeconds {2}: the heartbeat must be shorter than the timeout; swap or lower them",
        AslSeverity.Error,
        "StepFlow.Structure");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { NotBelow };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (state.Body["HeartbeatSeconds"] is AslNumber heartbeat && state.Body["TimeoutSeconds"] is AslNumber timeout
                && heartbeat.TryGetDouble(out var h) && timeout.TryGetDouble(out var t) && h >= t)
            {
                context.Report(NotBelow, heartbeat, state.Path + ".HeartbeatSeconds", state.Name, heartbeat.Literal, timeout.Literal);
            }
        }
    }
}
