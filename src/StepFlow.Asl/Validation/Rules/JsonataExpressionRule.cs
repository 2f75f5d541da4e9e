using System.Collections.Generic;
using StepFlow.Asl.Json;
using StepFlow.Asl.Model;
using StepFlow.Asl.Validation.Syntax;
using StepFlow.Jsonata.Parsing;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// JSONata states: every {% %} string parses with the evaluator's own JSONata parser (a fault is reported on the
/// token at fault); strings that nearly are one are literals by accident; ".$" keys and intrinsic functions are
/// JSONPath and do nothing here; $states.result exists only in a Task, Map or Parallel state's Output and Assign,
/// $states.errorOutput only in a catcher's; functions exist; nothing reads the input document Step Functions does
/// not give JSONata ($, $$, bare field names at the top level).
/// </summary>
public sealed class JsonataExpressionRule : IAslRule
{
    public static readonly AslRuleDescriptor Malformed = new(
        "SF5007",
        "Malformed JSONata expression",
        "State '{0}', {1}: {2}",
        AslSeverity.Error,
        "StepFlow.Jsonata");

    public static readonly AslRuleDescriptor NearMiss = new(
        "SF5008",
        "String looks like JSONata but is a literal",
        "State '{0}', {1}: the string has spaces outside {{% %}}, so it is a literal, not an expression; remove them",
        AslSeverity.Warning,
        "StepFlow.Jsonata");

    public static readonly AslRuleDescriptor DollarKey = new(
        "SF5009",
        "\".$\" key in a JSONata state",
        "State '{0}', {1}: keys ending in .$ are a JSONPath convention; in JSONata write \"{2}\": \"{{% ... %}}\"",
        AslSeverity.Warning,
        "StepFlow.Jsonata");

    public static readonly AslRuleDescriptor Intrinsic = new(
        "SF5010",
        "Intrinsic function in a JSONata expression",
        "State '{0}', {1}: {2} is a JSONPath intrinsic; JSONata has its own functions ($string, $join, $uuid, ...)",
        AslSeverity.Error,
        "StepFlow.Jsonata");

    public static readonly AslRuleDescriptor StatesVariable = new(
        "SF5012",
        "$states field not available here",
        "State '{0}', {1}: {2}",
        AslSeverity.Error,
        "StepFlow.Jsonata");

    public static readonly AslRuleDescriptor UnknownFunction = new(
        "SF5013",
        "Unknown JSONata function",
        "State '{0}', {1}: {2}",
        AslSeverity.Warning,
        "StepFlow.Jsonata");

    public static readonly AslRuleDescriptor NoInputDocument = new(
        "SF5014",
        "JSONata reads an input document that does not exist",
        "State '{0}', {1}: {2}",
        AslSeverity.Error,
        "StepFlow.Jsonata");


    private static readonly string[] Dollared = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(FunctionNames.All, name => "$" + name));

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { Malformed, NearMiss, DollarKey, Intrinsic, StatesVariable, UnknownFunction, NoInputDocument };

    public void Check(AslValidationContext context)
    {
        foreach (var state in context.AllStates())
        {
            if (context.IsJsonata(state))
            {
                foreach (var field in JsonataFields.Of(state))
                {
                    CheckValue(context, state, field);
                }
            }
        }
    }

    private static void CheckValue(AslValidationContext context, StateNode state, JsonataFields.Field field)
    {
        foreach (var member in JsonWalk.Members(field.Value, field.Path))
        {
            if (JsonWalk.IsDollarKey(member.Property.Name))
            {
                var bare = member.Property.Name.Substring(0, member.Property.Name.Length - 2);
                context.Report(DollarKey, member.Property.Value, member.Path, state.Name, member.Path, bare);
            }
        }

        foreach (var (text, where) in JsonWalk.Strings(field.Value, field.Path))
        {
            CheckString(context, state, text, where, field);
        }
    }

    private static void CheckString(AslValidationContext context, StateNode state, AslString text, string path, JsonataFields.Field field)
    {
        var value = text.Value;
        if (JsonataSyntax.IsNearMiss(value))
        {
            context.Report(NearMiss, text, path, state.Name, path);
            return;
        }

        if (JsonataSyntax.IsUnterminated(value))
        {
            context.Report(Malformed, text, path, state.Name, path, "an expression starts with {% and ends with %}");
            return;
        }

        if (!JsonataSyntax.IsExpression(value))
        {
            return;
        }

        var body = value.Substring(2, value.Length - 4);
        if (body.Trim().Length == 0)
        {
            context.Report(Malformed, text, path, state.Name, path, "the expression between {% and %} is empty");
            return;
        }

        var tree = context.JsonataTreeOf(text);
        if (tree is null)
        {
            // Too deep to parse here: the structural check still catches what breaks a definition.
            if (JsonataSyntax.Check(value) is { } problem)
            {
                context.Report(Malformed, text, path, state.Name, path, problem);
            }

            return;
        }

        if (tree.Error is { } error)
        {
            context.ReportWithin(Malformed, text, Shift(error.Span), path, state.Name, path, error.Message + " (" + error.Code + ")");
            return;
        }

        foreach (var call in tree.References!.Intrinsics)
        {
            if (StepFlow.Paths.IntrinsicCatalog.TryGet(call.Name, out _))
            {
                context.ReportWithin(Intrinsic, text, Shift(call.Span), path, state.Name, path, call.Name);
                return;
            }
        }

        CheckReferences(context, state, text, path, field, tree.References!);
    }

    private static void CheckReferences(AslValidationContext context, StateNode state, AslString text, string path, JsonataFields.Field field, JsonataReferences references)
    {
        foreach (var read in references.StatesFields)
        {
            if (read.Name == "result" && !field.AllowsResult)
            {
                context.ReportWithin(StatesVariable, text, Shift(read.Span), path, state.Name, path, "$states.result exists only in the Output and Assign of Task, Map and Parallel states");
            }
            else if (read.Name == "errorOutput" && !field.AllowsError)
            {
                context.ReportWithin(StatesVariable, text, Shift(read.Span), path, state.Name, path, "$states.errorOutput exists only in a catcher's Output and Assign");
            }
        }

        foreach (var call in references.Calls)
        {
            var problem = call.Name == "eval"
                ? "$eval is not available in Step Functions; parse JSON text with $parse"
                : "$" + call.Name + " is not a JSONata or Step Functions function, so the call fails with T1006 when it runs." + NameSuggestions.Hint("$" + call.Name, Dollared);
            context.ReportWithin(UnknownFunction, text, Shift(call.Span), path, state.Name, path, problem);
        }

        foreach (var read in references.InputReads)
        {
            var problem = read.Name switch
            {
                "$$" => "$$ is JSONPath's context object; JSONata reads it as $states.context",
                "$" => "$ is the input document, which JSONata in Step Functions does not have; use $states.input",
                _ => "'" + read.Name + "' reads a field of the input document, which JSONata in Step Functions does not have; write $states.input." + read.Name,
            };
            context.ReportWithin(NoInputDocument, text, Shift(read.Span), path, state.Name, path, problem);
        }
    }

    /// <summary>From the body between the delimiters to the whole string, which starts with "{%".</summary>
    private static SourceSpan Shift(SourceSpan span) => new(span.Start + 2, span.Length);
}
