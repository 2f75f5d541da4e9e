using System.Collections.Generic;
using System.Linq;
using StepFlow.Asl.Json;
using StepFlow.Asl.Validation.Syntax;
using Catalog = StepFlow.Paths.IntrinsicCatalog;
using Expected = StepFlow.Paths.IntrinsicArgumentKind;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// Intrinsic calls: the function exists, gets as many arguments as it takes, literal arguments of the right kind,
/// States.Format as many values as "{}" placeholders, and calls nest at most 10 deep. Used wherever a JSONPath
/// state may call one: payload-template ".$" values and Fail ErrorPath/CausePath.
/// </summary>
public sealed class IntrinsicFunctionRule : IAslRule
{
    // AWS documents at most 10 levels of nested intrinsic calls (docs/validation-catalog.md, row 83).
    private const int MaxNesting = 10;

    public static readonly AslRuleDescriptor UnknownFunction = new(
        "SF5004",
        "Unknown intrinsic function",
        "'{0}' is not an intrinsic function.{1}",
        AslSeverity.Error,
        "StepFlow.Intrinsics");

    public static readonly AslRuleDescriptor BadCall = new(
        "SF5005",
        "Invalid intrinsic function call",
        "{0}: {1}",
        AslSeverity.Error,
        "StepFlow.Intrinsics");


    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { UnknownFunction, BadCall };

    /// <summary>Checks Fail ErrorPath/CausePath calls; <see cref="PayloadTemplateRule"/> checks template calls through <see cref="CheckCall(AslValidationContext, AslString, string)"/>.</summary>
    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (state.Type == "Fail" && !context.IsJsonata(state))
            {
                foreach (var field in new[] { "ErrorPath", "CausePath" })
                {
                    if (state.Body[field] is AslString text && IntrinsicSyntax.LooksLikeCall(text.Value))
                    {
                        CheckCall(context, text, state.Path + "." + field);
                    }
                }
            }
        }
    }

    /// <summary>Parses <paramref name="text"/> as a call and reports what is wrong with it.</summary>
    public static void CheckCall(AslValidationContext context, AslString text, string path)
    {
        var call = IntrinsicSyntax.Parse(text.Value, out var error);
        if (call is null)
        {
            context.Report(BadCall, text, path, text.Value, error!);
            return;
        }

        CheckCall(context, text, path, call);
    }

    private static void CheckCall(AslValidationContext context, AslString text, string path, IntrinsicCall call)
    {
        if (call.Depth > MaxNesting)
        {
            context.Report(BadCall, text, path, call.Name, "calls nest more than " + MaxNesting + " deep");
            return;
        }

        if (!Catalog.TryGet(call.Name, out var function))
        {
            context.Report(UnknownFunction, text, path, call.Name, NameSuggestions.Hint(call.Name, Catalog.All.Select(static f => f.Name)));
            return;
        }

        var count = call.Arguments.Count;
        if (count < function.MinArguments || count > function.MaxArguments)
        {
            var expected = function.MinArguments == function.MaxArguments
                ? function.MinArguments.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : function.MaxArguments == int.MaxValue ? "at least " + function.MinArguments : function.MinArguments + " to " + function.MaxArguments;
            context.Report(BadCall, text, path, call.Name, "takes " + expected + " argument(s), not " + count);
            return;
        }

        for (var i = 0; i < count; i++)
        {
            var argument = call.Arguments[i];
            if (argument.Call is { } inner)
            {
                CheckCall(context, text, path, inner);
                continue;
            }

            if (LiteralMismatch(function.KindAt(i), argument.Kind) is { } expected)
            {
                context.Report(BadCall, text, path, call.Name, "argument " + (i + 1) + " must be " + expected);
                return;
            }
        }

        if (call.Name == "States.Format" && call.Arguments[0].Kind == IntrinsicArgumentKind.String)
        {
            var placeholders = CountPlaceholders(call.Arguments[0].Text);
            if (placeholders != count - 1)
            {
                context.Report(BadCall, text, path, call.Name, "the template has " + placeholders + " {} placeholder(s) but " + (count - 1) + " value(s) follow");
            }
        }
    }

    /// <summary>What a literal argument should have been, or null when it fits (paths and calls are known only at run time).</summary>
    private static string? LiteralMismatch(Expected parameter, IntrinsicArgumentKind kind)
    {
        if (kind is IntrinsicArgumentKind.Path or IntrinsicArgumentKind.Call)
        {
            return null;
        }

        // Arrays and objects cannot be written as intrinsic literals, so only scalar parameters can be checked here.
        return parameter switch
        {
            Expected.String when kind != IntrinsicArgumentKind.String => "a string",
            Expected.Number or Expected.Integer when kind != IntrinsicArgumentKind.Number => "a number",
            Expected.Boolean when kind != IntrinsicArgumentKind.Boolean => "true or false",
            _ => null,
        };
    }

    /// <summary>The "{}" placeholders of a States.Format template that no backslash escapes.</summary>
    private static int CountPlaceholders(string template)
    {
        var count = 0;
        for (var i = 0; i + 1 < template.Length; i++)
        {
            if (template[i] == '{' && template[i + 1] == '}' && (i == 0 || template[i - 1] != '\\'))
            {
                count++;
            }
        }

        return count;
    }
}
