using System.Collections.Generic;
using System.Text;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// Step Functions uses the first retrier (and the first catcher) whose ErrorEquals matches, so one whose every error
/// name an earlier one already matches never runs. An earlier States.TaskFailed matches every name outside the
/// reserved States. prefix (AWS documents more, but that much is what every implementation agrees on). An earlier
/// States.ALL is left to ErrorEqualsRule, which reports it as misplaced.
/// </summary>
public sealed class ShadowedHandlerRule : IAslRule
{
    public static readonly AslRuleDescriptor Shadowed = new(
        "SF4009",
        "Retrier or catcher shadowed by an earlier one",
        "{0} {1} of state '{2}' never runs: every error it lists is matched first by {3}: remove it, or move it before {3} if its settings should apply",
        AslSeverity.Warning,
        "StepFlow.ErrorHandling");

    private const string TaskFailed = "States.TaskFailed";

    private static readonly string[] Fields = { "Retry", "Catch" };

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { Shadowed };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            foreach (var field in Fields)
            {
                if (state.Body[field] is AslArray handlers && handlers.Items.Count > 1)
                {
                    CheckHandlers(context, state, field, handlers);
                }
            }
        }
    }

    private static void CheckHandlers(AslValidationContext context, StateNode state, string field, AslArray handlers)
    {
        for (var i = 1; i < handlers.Items.Count; i++)
        {
            if (HandledNames(handlers.Items[i]) is { } names && IsShadowed(handlers, i, names))
            {
                var kind = field == "Retry" ? "retrier" : "catcher";
                var what = field == "Retry" ? "Retrier" : "Catcher";
                context.Report(Shadowed, names, state.Path + "." + field + "[" + i + "].ErrorEquals", what, i, state.Name, Earlier(handlers, i, names, kind));
            }
        }
    }

    /// <summary>The handler's ErrorEquals when it is a non-empty list of names; anything else is ErrorEqualsRule's finding.</summary>
    private static AslArray? HandledNames(AslValue handler)
    {
        if (handler is not AslObject body || body["ErrorEquals"] is not AslArray names || names.Items.Count == 0)
        {
            return null;
        }

        for (var i = 0; i < names.Items.Count; i++)
        {
            if (names.Items[i] is not AslString)
            {
                return null;
            }
        }

        return names;
    }

    private static bool IsShadowed(AslArray handlers, int index, AslArray names)
    {
        for (var j = 0; j < index; j++)
        {
            if (HandledNames(handlers.Items[j]) is { } earlier && Contains(earlier, ErrorNames.All))
            {
                return false;
            }
        }

        for (var n = 0; n < names.Items.Count; n++)
        {
            if (FirstMatch(handlers, index, ((AslString)names.Items[n]).Value) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first handler before <paramref name="index"/> that matches <paramref name="name"/>, or -1.</summary>
    private static int FirstMatch(AslArray handlers, int index, string name)
    {
        var reserved = name.StartsWith("States.", System.StringComparison.Ordinal);
        for (var j = 0; j < index; j++)
        {
            if (HandledNames(handlers.Items[j]) is { } earlier
                && (Contains(earlier, name) || (!reserved && Contains(earlier, TaskFailed))))
            {
                return j;
            }
        }

        return -1;
    }

    private static bool Contains(AslArray names, string name)
    {
        for (var i = 0; i < names.Items.Count; i++)
        {
            if (names.Items[i] is AslString s && s.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"retrier 0" or "retriers 0 and 2": the handlers that match first, for the message.</summary>
    private static string Earlier(AslArray handlers, int index, AslArray names, string kind)
    {
        var indexes = new List<int>();
        foreach (var name in names.Items)
        {
            var first = FirstMatch(handlers, index, ((AslString)name).Value);
            if (!indexes.Contains(first))
            {
                indexes.Add(first);
            }
        }

        indexes.Sort();
        var text = new StringBuilder(kind);
        if (indexes.Count > 1)
        {
            text.Append('s');
        }

        for (var i = 0; i < indexes.Count; i++)
        {
            text.Append(i == 0 ? " " : i == indexes.Count - 1 ? " and " : ", ").Append(indexes[i]);
        }

        return text.ToString();
    }
}
