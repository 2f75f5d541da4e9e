using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// Retrier numbers in range (IntervalSeconds 1+, MaxAttempts 0+, BackoffRate at least 1, MaxDelaySeconds at most a
/// year), JitterStrategy FULL or NONE, a MaxDelaySeconds that does not cap every delay below the first interval, and
/// only known fields in retriers and catchers. Catchers need Next.
/// </summary>
public sealed class RetrierRule : IAslRule
{
    public static readonly AslRuleDescriptor OutOfRange = new(
        "SF4005",
        "Retrier field out of range",
        "Retrier {0} of state '{1}': {2} {3}",
        AslSeverity.Error,
        "StepFlow.ErrorHandling");

    public static readonly AslRuleDescriptor DelayBelowInterval = new(
        "SF4006",
        "MaxDelaySeconds below IntervalSeconds",
        "Retrier {0} of state '{1}' caps delays at MaxDelaySeconds {2}, below its IntervalSeconds {3}: every retry waits only {2} s; raise MaxDelaySeconds or lower IntervalSeconds",
        AslSeverity.Warning,
        "StepFlow.ErrorHandling");

    public static readonly AslRuleDescriptor CatcherWithoutNext = new(
        "SF4007",
        "Catcher without Next",
        "Catcher {0} of state '{1}' has no Next: say which state handles the error (in C#, Next = nameof(Handler))",
        AslSeverity.Error,
        "StepFlow.ErrorHandling");

    public static readonly AslRuleDescriptor UnknownField = new(
        "SF4008",
        "Unknown field in a retrier or catcher",
        "{0} {1} of state '{2}' has '{3}', which {4} do not support: remove it{5}",
        AslSeverity.Error,
        "StepFlow.ErrorHandling");

    private static readonly Dictionary<string, NumberRange> Ranges = new()
    {
        ["IntervalSeconds"] = new NumberRange(true, 1, NumberRange.MaxSeconds),
        ["MaxAttempts"] = new NumberRange(true, 0, NumberRange.MaxSeconds),
        ["BackoffRate"] = new NumberRange(false, 1, double.MaxValue),
        ["MaxDelaySeconds"] = new NumberRange(true, 1, 31622400),
    };

    private static readonly HashSet<string> RetrierFields = new() { "ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment" };
    private static readonly HashSet<string> CatcherFields = new() { "ErrorEquals", "Next", "ResultPath", "Output", "Assign", "Comment" };

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { OutOfRange, DelayBelowInterval, CatcherWithoutNext, UnknownField };

    public void Check(AslValidationContext context)
    {
        foreach (var retrier in ErrorHandlers.All(context, "Retry"))
        {
            CheckFields(context, retrier, RetrierFields, "retriers");
            foreach (var property in retrier.Body.Properties)
            {
                var problem = Ranges.TryGetValue(property.Name, out var range)
                    ? range.Problem(property.Value, jsonata: false)
                    : property.Name == "JitterStrategy" && property.Value is not AslString { Value: "FULL" or "NONE" } ? "must be \"FULL\" or \"NONE\"" : null;
                if (problem is not null)
                {
                    context.Report(OutOfRange, property.Value, Placeholders.Append(retrier.Path, property.Name), retrier.Index, retrier.State.Name, property.Name, problem);
                }
            }

            if (retrier.Body["MaxDelaySeconds"] is AslNumber maxDelay && retrier.Body["IntervalSeconds"] is AslNumber interval
                && maxDelay.TryGetDouble(out var cap) && interval.TryGetDouble(out var first) && cap >= 1 && cap < first)
            {
                context.Report(DelayBelowInterval, maxDelay, retrier.Path + ".MaxDelaySeconds", retrier.Index, retrier.State.Name, maxDelay.Literal, interval.Literal);
            }
        }

        foreach (var catcher in ErrorHandlers.All(context, "Catch"))
        {
            CheckFields(context, catcher, CatcherFields, "catchers");
            if (!catcher.Body.Contains("Next"))
            {
                context.Report(CatcherWithoutNext, catcher.Body, catcher.Path, catcher.Index, catcher.State.Name);
            }
        }
    }

    private static void CheckFields(AslValidationContext context, ErrorHandlers.Handler handler, HashSet<string> allowed, string kind)
    {
        foreach (var property in handler.Body.Properties)
        {
            if (!allowed.Contains(property.Name))
            {
                var what = handler.Field == "Retry" ? "Retrier" : "Catcher";
                var hint = NameSuggestions.Hint(property.Name, allowed);
                context.Report(UnknownField, property.Value, Placeholders.Append(handler.Path, property.Name), what, handler.Index, handler.State.Name, property.Name, kind, hint.Length > 0 ? "." + hint : string.Empty);
            }
        }
    }
}
