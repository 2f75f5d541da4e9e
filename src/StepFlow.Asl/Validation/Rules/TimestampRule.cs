using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Validation.Syntax;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>A literal Wait Timestamp is RFC 3339 with an uppercase T and Z or an offset (checked at create time).</summary>
public sealed class TimestampRule : IAslRule
{
    public static readonly AslRuleDescriptor BadTimestamp = new(
        "SF3022",
        "Wait Timestamp is not RFC 3339",
        "Wait state '{0}' has Timestamp '{1}': write an RFC 3339 timestamp such as 2024-01-31T12:00:00Z",
        AslSeverity.Error,
        "StepFlow.Structure");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { BadTimestamp };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (state.Type != "Wait" || state.Body["Timestamp"] is not { } timestamp)
            {
                continue;
            }

            if (timestamp is AslString text && (Rfc3339.IsValid(text.Value) || (context.IsJsonata(state) && JsonataSyntax.IsExpression(text.Value))))
            {
                continue;
            }

            context.Report(BadTimestamp, timestamp, state.Path + ".Timestamp", state.Name, timestamp is AslString s ? s.Value : timestamp.ToString());
        }
    }
}
