using System.Collections.Generic;
using System.Text;
using StepFlow.Asl.Json;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// Step Functions caps any payload at 256 KiB; a static payload (Result, Parameters, Arguments, ItemSelector,
/// Assign, Output) above that fails every execution with States.DataLimitExceeded.
/// </summary>
public sealed class PayloadSizeRule : IAslRule
{
    public const int MaxBytes = 256 * 1024;

    public static readonly AslRuleDescriptor TooLarge = new(
        "SF7004",
        "Static payload over 256 KiB",
        "State '{0}': {1} is {2} bytes, above the 256 KiB payload limit; keep large data in S3 and pass a reference",
        AslSeverity.Error,
        "StepFlow.Service");

    private static readonly string[] Fields = { "Result", "Parameters", "Arguments", "ItemSelector", "Assign", "Output" };

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { TooLarge };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            foreach (var field in Fields)
            {
                if (state.Body[field] is not { } value || (value.Span.IsKnown && value.Span.Length <= MaxBytes / 3))
                {
                    // UTF-8 needs at most 3 bytes per UTF-16 char, so a short source text cannot be too large.
                    continue;
                }

                var size = Encoding.UTF8.GetByteCount(AslJsonWriter.Write(value));
                if (size > MaxBytes)
                {
                    context.Report(TooLarge, value, state.Path + "." + field, state.Name, field, size);
                }
            }
        }
    }
}
