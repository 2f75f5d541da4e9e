using StepFlow.Asl.Validation;
using StepFlow.Asl.Validation.Rules;
using StepFlow.Generators.Parsing;

namespace StepFlow.Analyzers;

/// <summary>Which diagnostic each parser problem becomes; problems the rule engine also knows share its id.</summary>
internal static class ParseProblems
{
    public static AslRuleDescriptor DescriptorFor(ParseProblemKind kind) => kind switch
    {
        ParseProblemKind.InvalidJson => CodeFirstRules.InvalidJson,
        ParseProblemKind.MissingStartAt => StartAtRule.Missing,
        ParseProblemKind.DuplicateStartAt => CodeFirstRules.DuplicateStartAt,
        ParseProblemKind.MultipleStateAttributes => CodeFirstRules.MultipleStateAttributes,
        ParseProblemKind.NotAWorkflowScope => CodeFirstRules.NotAWorkflowScope,
        ParseProblemKind.RecursiveScope => CodeFirstRules.RecursiveScope,
        ParseProblemKind.UnsupportedSignature => CodeFirstRules.UnsupportedSignature,
        ParseProblemKind.NoStates => CodeFirstRules.NoStates,
        ParseProblemKind.MissingNestedScope => CodeFirstRules.MissingNestedScope,
        ParseProblemKind.DuplicateStateName => UniqueStateNameRule.Duplicate,
        _ => CodeFirstRules.InvalidArgument,
    };
}
