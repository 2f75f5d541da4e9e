using System.Collections.Generic;
using StepFlow.Asl.Json;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// ErrorEquals lists at least one error name; States.ALL is alone and in the last retrier or catcher; names with the
/// reserved States. prefix are predefined ones (a misspelling never matches); States.Runtime is never retried or caught.
/// </summary>
public sealed class ErrorEqualsRule : IAslRule
{
    public static readonly AslRuleDescriptor Empty = new(
        "SF4001",
        "ErrorEquals missing or empty",
        "{0} of state '{1}' {2}: list at least one error name, e.g. \"States.TaskFailed\"",
        AslSeverity.Error,
        "StepFlow.ErrorHandling");

    public static readonly AslRuleDescriptor AllNotLast = new(
        "SF4002",
        "States.ALL not alone and last",
        "{0} of state '{1}' uses States.ALL {2}: States.ALL must be the only name of the last {3}; move it last",
        AslSeverity.Error,
        "StepFlow.ErrorHandling");

    public static readonly AslRuleDescriptor UnknownName = new(
        "SF4003",
        "Unknown predefined error name",
        "{0} of state '{1}' lists '{2}', which is not a predefined error and so never matches.{3}",
        AslSeverity.Warning,
        "StepFlow.ErrorHandling");

    public static readonly AslRuleDescriptor Runtime = new(
        "SF4004",
        "States.Runtime is never retried or caught",
        "{0} of state '{1}' lists States.Runtime, which Step Functions never retries or catches: remove it and fix the runtime error's cause",
        AslSeverity.Warning,
        "StepFlow.ErrorHandling");

    private static readonly string[] HandlerFields = { "Retry", "Catch" };

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { Empty, AllNotLast, UnknownName, Runtime };

    public void Check(AslValidationContext context)
    {
        var raised = RaisedByFailStates(context);
        foreach (var field in HandlerFields)
        {
            foreach (var handler in ErrorHandlers.All(context, field))
            {
                CheckHandler(context, handler, raised);
            }
        }
    }

    /// <summary>
    /// Error names the machine's own Fail states raise. Real workflows raise custom "States.X" names from a branch
    /// and catch them around the Parallel; those do match, so they are not reported.
    /// </summary>
    private static HashSet<string> RaisedByFailStates(AslValidationContext context)
    {
        var raised = new HashSet<string>();
        foreach (var state in context.AllStates())
        {
            if (state.Type == "Fail" && state.Body.GetString("Error") is { } error)
            {
                raised.Add(error);
            }
        }

        return raised;
    }

    private static void CheckHandler(AslValidationContext context, ErrorHandlers.Handler handler, HashSet<string> raised)
    {
        if (handler.Body["ErrorEquals"] is not AslArray errors || errors.Items.Count == 0)
        {
            context.Report(Empty, handler.Body["ErrorEquals"] ?? handler.Body, handler.Path + ".ErrorEquals", What(handler), handler.State.Name, handler.Body.Contains("ErrorEquals") ? "has an empty or invalid ErrorEquals" : "has no ErrorEquals");
            return;
        }

        for (var i = 0; i < errors.Items.Count; i++)
        {
            if (errors.Items[i] is not AslString name)
            {
                context.Report(Empty, errors.Items[i], PathOf(handler, i), What(handler), handler.State.Name, "has an entry that is not an error-name string");
                continue;
            }

            if (!raised.Contains(name.Value))
            {
                CheckName(context, handler, name, errors, i);
            }
        }
    }

    // Messages and paths are built only when reporting: this rule meets every retrier of every state on every keystroke.
    private static string What(ErrorHandlers.Handler handler) => (handler.Field == "Retry" ? "Retrier " : "Catcher ") + handler.Index;

    private static string PathOf(ErrorHandlers.Handler handler, int index) => handler.Path + ".ErrorEquals[" + index + "]";

    private static void CheckName(AslValidationContext context, ErrorHandlers.Handler handler, AslString name, AslArray errors, int index)
    {
        var state = handler.State.Name;
        var kind = handler.Field == "Retry" ? "retrier" : "catcher";
        if (name.Value == ErrorNames.All)
        {
            if (errors.Items.Count > 1)
            {
                context.Report(AllNotLast, name, PathOf(handler, index), What(handler), state, "with other names", kind);
            }
            else if (!handler.IsLast)
            {
                context.Report(AllNotLast, name, PathOf(handler, index), What(handler), state, "before other " + kind + "s", kind);
            }

            return;
        }

        if (name.Value == ErrorNames.Runtime)
        {
            context.Report(Runtime, name, PathOf(handler, index), What(handler), state);
            return;
        }

        if (IsPredefined(name.Value))
        {
            return;
        }

        // Only names that look like the reserved prefix can be near misses; service errors (Lambda.X) cannot.
        if (!name.Value.StartsWith("State", System.StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var suggestion = NameSuggestions.Closest(name.Value, ErrorNames.Predefined);
        var reserved = name.Value.StartsWith("States.", System.StringComparison.Ordinal);
        if (reserved || suggestion is not null)
        {
            var hint = suggestion is null ? " Custom error names must not start with 'States.'." : " Did you mean '" + suggestion + "'?";
            context.Report(UnknownName, name, PathOf(handler, index), What(handler), state, name.Value, hint);
        }
    }

    private static bool IsPredefined(string name)
    {
        foreach (var predefined in ErrorNames.Predefined)
        {
            if (predefined == name)
            {
                return true;
            }
        }

        return false;
    }
}
