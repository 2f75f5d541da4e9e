using System.Collections.Generic;

namespace StepFlow.Asl.Validation.Rules;

/// <summary>
/// JSONata reads of workflow variables: a <c>$name</c> that no visible scope assigns (and that is not a function,
/// <c>$states</c>, or a parameter or binding of the expression itself) evaluates to nothing. Step Functions accepts
/// the definition and fails the state when it runs, so this warns where <see cref="VariableScopeRule"/>'s JSONPath
/// reads are errors.
/// </summary>
public sealed class JsonataVariableRule : IAslRule
{
    public static readonly AslRuleDescriptor Invisible = new(
        "SF6007",
        "JSONata reads a variable no visible state assigns",
        "State '{0}', {1}: ${2} {3}",
        AslSeverity.Warning,
        "StepFlow.Variables");

    public IEnumerable<AslRuleDescriptor> Descriptors => new[] { Invisible };

    public void Check(AslValidationContext context)
    {
        var visibility = context.Variables;
        foreach (var scope in context.Graph.Scopes())
        {
            var visible = visibility.Visible(scope);
            foreach (var state in scope.States)
            {
                if (!context.IsJsonata(state))
                {
                    continue;
                }

                foreach (var field in JsonataFields.Of(state))
                {
                    foreach (var (text, path, references) in JsonataFields.Expressions(context, field))
                    {
                        foreach (var read in references.Variables)
                        {
                            if (!visible.Contains(read.Name))
                            {
                                var why = visibility.TryGetOwner(read.Name, out var owner)
                                    ? "is assigned only in " + VariableVisibility.Describe(owner) + ", invisible here: pass the value through the state output instead"
                                    : "is assigned by no state, so it evaluates to nothing: assign it earlier with Assign, or fix the name." + NameSuggestions.Hint(read.Name, visible);
                                context.ReportWithin(Invisible, text, new Json.SourceSpan(read.Span.Start + 2, read.Span.Length), path, state.Name, path, read.Name, why);
                            }
                        }
                    }
                }
            }
        }
    }
}
